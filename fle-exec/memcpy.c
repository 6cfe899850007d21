// memcpy.c — memcpy and memmove for the musl build of fle-exec.
//
// jansson's lexer appends every character of the file to a buffer with
// memcpy(dst, src, 1).  musl's x86-64 memcpy starts with `rep movsq`,
// which costs tens of cycles even when it copies nothing: a fifth of the
// loader's parse time went there.  These copy short runs with plain
// loads and stores and long ones with `rep movsb` (fast on every CPU
// with ERMS).  memmove is defined too, because musl's memmove shares an
// object file with its memcpy.  Compiled with -fno-builtin and
// -fno-tree-loop-distribute-patterns so the loops stay loops.
#include <stddef.h>
#include <stdint.h>

void *memcpy(void *restrict dst, const void *restrict src, size_t n) {
  unsigned char *d = dst;
  const unsigned char *s = src;
  if (n <= 16) {
    while (n--)
      *d++ = *s++;
    return dst;
  }
  __asm__ volatile("rep movsb" : "+D"(d), "+S"(s), "+c"(n) : : "memory");
  return dst;
}

void *memmove(void *dst, const void *src, size_t n) {
  unsigned char *d = dst;
  const unsigned char *s = src;
  if ((uintptr_t)d - (uintptr_t)s >= n)   // no harmful overlap: forwards
    return memcpy(dst, src, n);
  while (n--)
    d[n] = s[n];
  return dst;
}
