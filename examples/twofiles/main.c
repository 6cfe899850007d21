// main.c — calls is_even(), which lives in parity.c.  The compiler
// only needs its declaration; the call is left as a relocation
// (R_X86_64_PLT32 is_even) that fle-ld fills in when it links the two
// objects together.
#include <stdio.h>

int is_even(unsigned n);
int is_odd(unsigned n);

int main(void) {
  for (unsigned n = 0; n < 4; n++)
    printf("%u is %s\n", n, is_even(n) ? "even" : "odd");
  printf("is_odd(7) = %d\n", is_odd(7));
  return 0;
}
