/* Globals, statics, zero-initialised data, const data and pointers. */
int counter;
int initialised = 42;
static int hidden_counter;
static int table[64] = {1, 2, 3};
const int answer = 42;
const char *const names[] = {"zero", "one", "two"};
int *ptr = &initialised;
long big[1024];
static char buf[100];
int next(void) { return ++counter + hidden_counter++ + table[counter & 63]; }
char *get_buf(void) { return buf; }
const char *name_of(int i) { return names[i % 3]; }
