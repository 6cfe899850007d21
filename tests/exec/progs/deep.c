// deep N: recurses N KiB deep into its stack, then exits 0 — or dies of
// SIGSEGV when the stack cannot grow that far (ulimit -s).
#include "tiny.h"

static int down(long kib) {
  volatile char pad[1024];
  pad[0] = (char)kib;
  if (kib <= 0)
    return pad[0];
  return down(kib - 1) + pad[0];
}

int main(int argc, char **argv, char **envp, uint64_t *auxv, uint64_t *sp,
         uint64_t regs) {
  long kib = 0;
  for (const char *p = argc > 1 ? argv[1] : "0"; *p >= '0' && *p <= '9'; p++)
    kib = kib * 10 + (*p - '0');
  down(kib);
  out("deep ok\n");
  return 0;
}
