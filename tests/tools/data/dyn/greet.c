// A shared library for the tools' tests: gcc -shared -fPIC builds it; libgreet.fle
// is the same library in FLE (tests/tools/dyn-common.bash says how it corresponds).
int puts(const char *);
int counter = 7;
void greet(void) { puts("hi"); counter++; }
void (*hooks[])(void) = { greet };
static void init(void) __attribute__((constructor));
static void init(void) { counter++; }
static void fini(void) __attribute__((destructor));
static void fini(void) { counter = 0; }
