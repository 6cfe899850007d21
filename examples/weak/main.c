// main.c — calls greeting(), not caring who defines it.
#include <stdio.h>

const char *greeting(void);

int main(void) {
  printf("%s\n", greeting());
  return 0;
}
