// greet.c — a shared library: one function, one counter, one helper
// that stays inside.
#include <stdio.h>

int greetings = 0;

static const char *punct(void) { return "!"; }

void greet(const char *who) {
  greetings++;
  printf("hello, %s%s\n", who, punct());
}
