/* Function pointers in data (R_X86_64_64) and calls through them. */
static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
int mul(int a, int b) { return a * b; }
int (*ops[])(int, int) = {add, sub, mul};
struct op { const char *name; int (*fn)(int, int); };
struct op named[] = {{"add", add}, {"sub", sub}, {"mul", mul}};
int apply(int i, int a, int b) { return ops[i](a, b) + named[i].fn(b, a); }
extern int external_fn(int);
int (*ext_ptr)(int) = external_fn;
