// main.c — uses x and hello(), defined elsewhere (or not).
#include <stdio.h>

extern int x;
void hello(void);

int main(void) {
  printf("x = %d\n", x);
  hello();
  return 0;
}
