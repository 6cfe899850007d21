// pie: built position-independent.  Prints where it was loaded and
// checks that a pointer initialised in data (an R_X86_64_RELATIVE
// relocation) points where the code thinks it is.
#include "tiny.h"

static int target;
int *ptr = &target;                       // needs B + A at load time
int (*fn)(int, char **, char **, uint64_t *, uint64_t *, uint64_t) = main;

int main(int argc, char **argv, char **envp, uint64_t *auxv, uint64_t *sp,
         uint64_t regs) {
  out("main ");
  out_hex((uint64_t)main);
  out("\n");
  if (ptr != &target || fn != main) {
    out("relocation wrong\n");
    return 1;
  }
  out("relocations ok\n");
  return 0;
}
