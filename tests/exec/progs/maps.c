// maps: prints /proc/self/maps, so tests can see where each of the
// program's pages comes from (an anonymous mapping, or a file's pages).
#include "tiny.h"

int main(int argc, char **argv, char **envp, uint64_t *auxv, uint64_t *sp,
         uint64_t regs) {
  char buf[4096];
  long fd = sys(2, (long)"/proc/self/maps", 0, 0, 0);   // open, O_RDONLY
  if (fd < 0)
    return 1;
  long n;
  while ((n = sys(0, fd, (long)buf, sizeof buf, 0)) > 0)  // read
    sys(1, 1, (long)buf, n, 0);                            // write
  return n < 0 ? 2 : 0;
}
