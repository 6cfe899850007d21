// state: what the process inherited — open descriptors 3..63, blocked
// signals, ignored signals.  Run under the kernel and under fle-exec the
// output must be the same.
#include "tiny.h"

struct ksigaction {
  void *handler;
  unsigned long flags;
  void *restorer;
  uint64_t mask;
};

int main(int argc, char **argv, char **envp, uint64_t *auxv, uint64_t *sp,
         uint64_t regs) {
  out("fds");
  for (int fd = 3; fd < 64; fd++)
    if (sys(72, fd, 1 /* F_GETFD */, 0, 0) >= 0) {
      out(" ");
      out_dec(fd);
    }
  out("\nblocked ");
  uint64_t mask = 0;
  sys(14, 0 /* SIG_BLOCK */, 0, (long)&mask, 8);
  out_hex(mask);
  out("\nhandled");
  for (int s = 1; s < 65; s++) {
    struct ksigaction sa = {0};
    if (s == 9 || s == 19 || sys(13, s, 0, (long)&sa, 8) < 0)
      continue;
    if (sa.handler == (void *)1)
      out(" ign:"), out_dec(s);
    else if (sa.handler)
      out(" handler:"), out_dec(s);
  }
  out("\naltstack ");
  struct { void *sp; int flags; size_t size; } ss;
  sys(131, 0, (long)&ss, 0, 0);
  out(ss.flags & 2 ? "disabled" : "set");
  out("\n");
  return 0;
}
