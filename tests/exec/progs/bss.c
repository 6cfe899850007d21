// bss: zero-initialised memory must be zero — a large .bss, and the tail
// of the data page after the initialised bytes.  Exits 0 when it is.
#include "tiny.h"

char big[3 << 20];                       // 3 MiB, many pages
long small[7];
char data[5] = {1, 2, 3, 4, 5};

int main(int argc, char **argv, char **envp, uint64_t *auxv, uint64_t *sp,
         uint64_t regs) {
  for (size_t i = 0; i < sizeof big; i++)
    if (big[i])
      return 10;
  for (size_t i = 0; i < 7; i++)
    if (small[i])
      return 11;
  if (data[4] != 5)
    return 12;
  // The rest of data's page: beyond the file bytes, zero.
  volatile char *p = data + 5;
  while (((uint64_t)p & 0xfff) != 0) {
    if (p < (volatile char *)small || p >= (volatile char *)(small + 7))
      if (p < (volatile char *)big || p >= (volatile char *)big + sizeof big)
        if (*p)
          return 13;
    p++;
  }
  big[sizeof big - 1] = 1;               // and it is writable
  out("bss ok\n");
  return 0;
}
