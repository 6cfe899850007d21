// main.c — has a *static* function `name` and a static variable
// `count`.  They are local symbols (fle-nm shows them as `t` and `b`):
// invisible outside this file, so other.c may define a global `name`
// and its own `count` without any conflict.
#include <stdio.h>

static int count;
static const char *name(void) { return "main.c's static name()"; }

const char *other(void);  // other.c, which calls other.c's name()

int main(void) {
  count++;
  printf("main calls name():  %s\n", name());
  printf("other calls name(): %s\n", other());
  printf("main.c's count = %d\n", count);
  return 0;
}
