// lazy.c — a program that looks at its own GOT slot for greet, before
// and after the first call.  Compiled without -fPIC, &greet is the
// program's PLT entry, greet@plt, whose first instruction is
// jmp *SLOT(%rip): 2 opcode bytes, then SLOT's distance from the next
// instruction, 6 bytes on.
#include <stdio.h>

void greet(const char *who);

int main(void) {
  setvbuf(stdout, NULL, _IONBF, 0); // each line out as it happens
  unsigned char *plt = (unsigned char *)greet;
  void **slot = (void **)(plt + 6 + *(int *)(plt + 2));
  printf("greet@plt is at %p, its slot at %p\n", (void *)plt, (void *)slot);
  printf("before: the slot holds %p\n", *slot);
  greet("lazy");
  printf("after:  the slot holds %p\n", *slot);
  return 0;
}
