// main.c — uses mul() from libcalc.a.  The linker takes from an
// archive only the members that define a symbol still undefined.
#include <stdio.h>

int mul(int a, int b);

int main(void) {
  printf("6 * 7 = %d\n", mul(6, 7));
  return 0;
}
