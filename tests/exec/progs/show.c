// show: prints its arguments and environment, one per line, bracketed
// so that spaces and empty strings are visible.
#include "tiny.h"

int main(int argc, char **argv, char **envp, uint64_t *auxv, uint64_t *sp,
         uint64_t regs) {
  out("argc ");
  out_dec(argc);
  out("\n");
  for (int i = 0; i < argc; i++) {
    out("arg [");
    out(argv[i]);
    out("]\n");
  }
  for (char **e = envp; *e; e++) {
    out("env [");
    out(*e);
    out("]\n");
  }
  return 0;
}
