// selfmod.c — a program that writes into its own code.  fle-ld puts
// .text in a segment that is r-x (W^X: never writable and executable
// at once), and fle-exec maps it exactly so: the store faults, the
// kernel sends SIGSEGV, and the process dies with status 128 + 11.
#include <stdio.h>

int main(void) {
  unsigned char *code = (unsigned char *)main;
  printf("main's first byte is 0x%02x; overwriting it\n", code[0]);
  code[0] = 0xc3;  // ret
  printf("not reached\n");
  return 0;
}
