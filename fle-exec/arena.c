// arena.c — fle-exec's malloc: a bump allocator over a few large chunks.
//
// The loader lives for a fraction of a millisecond and then turns into
// the program, so a general-purpose allocator only costs it time: musl's
// mallocng maps and unmaps pages as the model's arrays grow.  Here
// malloc hands out the next bytes of a chunk, free gives memory back
// only when it is the last block (the common case in growing buffers),
// and realloc of the last block grows it in place.
//
// The first chunk is an array in fle-exec's own .bss: a small program's
// model fits in it, and a start is spared an mmap and an munmap (each
// about as dear as a fresh page).  Further chunks are reserved with
// MAP_NORESERVE, so an untouched part costs nothing.  Just before the
// jump, arena_release() unmaps them and gives the pages of the first
// back to the kernel (they read as zeros again): the model, the
// program's arguments as the loader laid them out, and everything else
// it allocated disappear from the program's memory.
//
// Defining malloc, calloc, realloc, free and the aligned variants here
// replaces the C library's in this static link (musl and glibc both
// support replacing the whole set).
#include "fle-exec.h"

#include <errno.h>
#include <string.h>
#include <sys/mman.h>

#define CHUNK_SIZE (1UL << 20)
#define FIRST_SIZE (256UL << 10)
#define HDR 16   // block header: the size, keeping 16-byte alignment

typedef struct Chunk {
  struct Chunk *next;
  size_t size;
} Chunk;

// In .lbss, which the linker places after all of .bss: in .bss, the
// first chunk would sit between fle-exec's small variables and the C
// library's, and a start would fault in a page on each side of it.
static _Alignas(PAGE_SIZE) char first[FIRST_SIZE] __attribute__((section(".lbss")));

// The allocator's state.  In .data, not .bss: a start writes the pages
// of .data anyway (the static PIE's self-relocation, the kernel's zeroing
// where .bss begins), while a fresh page of .bss costs a fault when first
// touched, and two when it is read before it is written.
static struct {
  Chunk *chunks;
  char *cur, *end;   // free space of the newest chunk
  char *last;        // the most recent block, if it is still last
  bool first_used;   // first is one of chunks
} A __attribute__((section(".data")));

static size_t round16(size_t n) { return (n + 15) & ~(size_t)15; }

static bool new_chunk(size_t need) {
  size_t size = need + 64 > CHUNK_SIZE ? PAGE_UP(need + 64) : CHUNK_SIZE;
  void *p = first;
  if (!A.first_used && need + 64 <= FIRST_SIZE)
    size = FIRST_SIZE, A.first_used = true;
  else if ((p = mmap(NULL, size, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)) == MAP_FAILED)
    return false;
  Chunk *c = p;
  c->next = A.chunks;
  c->size = size;
  A.chunks = c;
  A.cur = (char *)p + round16(sizeof *c);
  A.end = (char *)p + size;
  return true;
}

// Raw space for a block of n bytes plus slack; returns the block start.
static char *bump(size_t n) {
  if (n > (size_t)1 << 46) {
    errno = ENOMEM;
    return NULL;
  }
  size_t need = HDR + round16(n);
  if ((size_t)(A.end - A.cur) < need && !new_chunk(need)) {
    errno = ENOMEM;
    return NULL;
  }
  char *b = A.cur;
  A.cur += need;
  return b;
}

void *malloc(size_t n) {
  char *b = bump(n);
  if (!b)
    return NULL;
  *(size_t *)b = n;
  A.last = b + HDR;
  return A.last;
}

void free(void *p) {
  if (p && p == A.last) {
    A.cur = A.last - HDR;
    A.last = NULL;
  }
}

void *calloc(size_t n, size_t m) {
  if (m && n > (size_t)-1 / m) {
    errno = ENOMEM;
    return NULL;
  }
  void *p = malloc(n * m);
  if (p)
    memset(p, 0, n * m);  // memory given back by free may be dirty
  return p;
}

size_t malloc_usable_size(void *p) { return p ? *(size_t *)((char *)p - HDR) : 0; }

void *realloc(void *p, size_t n) {
  if (!p)
    return malloc(n);
  size_t old = malloc_usable_size(p);
  // The last block grows (or shrinks) in place when the chunk has room.
  if (p == A.last && (size_t)(A.end - (char *)p) >= round16(n)) {
    *(size_t *)((char *)p - HDR) = n;
    A.cur = (char *)p + round16(n);
    return p;
  }
  if (n <= old) {
    *(size_t *)((char *)p - HDR) = n;
    return p;
  }
  void *q = malloc(n);
  if (q)
    memcpy(q, p, old);
  return q;
}

void *aligned_alloc(size_t align, size_t n) {
  if (align <= HDR)
    return malloc(n);
  if (align & (align - 1)) {
    errno = EINVAL;
    return NULL;
  }
  char *b = bump(n + align);
  if (!b)
    return NULL;
  char *p = (char *)(((uintptr_t)b + HDR + align - 1) & ~(uintptr_t)(align - 1));
  *(size_t *)(p - HDR) = n;
  A.last = NULL;
  return p;
}

int posix_memalign(void **out, size_t align, size_t n) {
  if (align < sizeof(void *) || (align & (align - 1)))
    return EINVAL;
  void *p = aligned_alloc(align, n);
  if (!p)
    return ENOMEM;
  *out = p;
  return 0;
}

void *memalign(size_t align, size_t n) { return aligned_alloc(align, n); }

// Unmaps every chunk but the first, whose pages go back to the kernel
// (one that was never touched costs nothing to give back); the next
// load, a dlopen, uses it again.  Nothing allocated may be used
// afterwards.
void arena_release(void) {
  while (A.chunks) {
    Chunk *c = A.chunks;
    A.chunks = c->next;
    if ((char *)c != first)
      munmap(c, c->size);
  }
  if (A.first_used)
    madvise(first, FIRST_SIZE, MADV_DONTNEED);
  A.first_used = false;
  A.cur = A.end = A.last = NULL;
}

// glibc's replacement rules want these too (fle-exec/build.mk falls back
// to glibc when musl-gcc is missing).
void *valloc(size_t n) { return aligned_alloc(PAGE_SIZE, n); }
void *pvalloc(size_t n) { return aligned_alloc(PAGE_SIZE, PAGE_UP(n)); }
