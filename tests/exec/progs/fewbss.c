// fewbss: a .bss of three pages after initialised data, few enough that
// fle-exec maps them with the data segment's bytes.  Exits 0 when they
// are zero and writable.
#include "tiny.h"

char data[5] = {1, 2, 3, 4, 5};
char few[3 << 12];

int main(int argc, char **argv, char **envp, uint64_t *auxv, uint64_t *sp,
         uint64_t regs) {
  for (size_t i = 0; i < sizeof few; i++)
    if (few[i])
      return 10;
  few[sizeof few - 1] = data[4];
  out("few ok\n");
  return 0;
}
