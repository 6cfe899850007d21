// pie.c — a position-independent executable prints where it is.
// Linked with -pie, the program's addresses are relative to 0, and
// fle-exec picks a new random base for every run (ASLR).  The code
// reaches its data PC-relatively and fle-exec applies the
// R_X86_64_RELATIVE relocations (B + A) to pointers in data, so it runs
// anywhere.  The addresses change from run to run; their offsets
// within the page do not: the base moves by whole pages.
#include <stdio.h>

int counter;

int main(void) {
  unsigned long code = (unsigned long)main, data = (unsigned long)&counter;
  printf("main is at %#lx (page offset %#lx)\n", code, code & 0xfff);
  printf("counter is at %#lx\n", data);
  return 0;
}
