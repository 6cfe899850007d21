// malloc.c — many sizes, from 1 byte to 1 MiB: each block is filled
// with its own pattern, then all are checked and freed.  Small blocks
// come from minilibc's size-class slabs, large ones from mmap.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 200

int main(void) {
  static unsigned char *block[N];
  static size_t size[N];
  size_t total = 0;
  for (int i = 0; i < N; i++) {
    size[i] = (size_t)1 << (i % 21);  // 1, 2, 4, ... 1 MiB
    size[i] += i;                     // and not only powers of two
    block[i] = malloc(size[i]);
    if (!block[i]) {
      printf("malloc(%zu) failed\n", size[i]);
      return 1;
    }
    memset(block[i], i, size[i]);
    total += size[i];
  }
  int bad = 0;
  for (int i = 0; i < N; i++) {
    for (size_t j = 0; j < size[i]; j++)
      bad += block[i][j] != (unsigned char)i;
    free(block[i]);
  }
  printf("%d blocks, %zu bytes, %d bytes wrong, all freed\n", N, total, bad);
  char *s = malloc(6);
  strcpy(s, "again");
  s = realloc(s, 100000);
  printf("realloc kept \"%s\" while growing to 100000 bytes\n", s);
  free(s);
  return 0;
}
