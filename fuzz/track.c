// track.c — the allocator and exit hook behind track.h (see there).
//
// Live allocations of the tracked code sit in a pointer set; fz_reset()
// frees whatever is left after an input.  Pointers the tracked code did
// not allocate (jansson's json_dumps results) are passed to the real
// free().  fle-ld's symbol table hands out Symbols from blocks kept in a
// function-local static (resolve.c: new_symbol), which outlives an input;
// those blocks come from fz_symblock_calloc, a pool that recycles every
// block except the one the static still points into.
#include "track_api.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

jmp_buf *fz_exit_to;
int fz_exit_status;

// ---------------------------------------------------------- pointer set

static void **set;
static size_t cap, len;

static size_t slot_of(void *p) {
  uintptr_t h = (uintptr_t)p;
  h ^= h >> 17;
  h *= 0x9e3779b97f4a7c15ull;
  return (size_t)(h >> 20) & (cap - 1);
}

static void set_add(void *p);

static void set_grow(void) {
  void **old = set;
  size_t oldcap = cap;
  cap = cap ? cap * 2 : 1024;
  set = calloc(cap, sizeof *set);
  if (!set)
    abort();
  len = 0;
  for (size_t i = 0; i < oldcap; i++)
    if (old[i])
      set_add(old[i]);
  free(old);
}

static void set_add(void *p) {
  if ((len + 1) * 2 > cap)
    set_grow();
  size_t i = slot_of(p);
  while (set[i])
    i = (i + 1) & (cap - 1);
  set[i] = p;
  len++;
}

// Removes p; false if it was not there.  Backward-shift deletion keeps
// every probe sequence unbroken.
static int set_del(void *p) {
  if (!cap)
    return 0;
  size_t i = slot_of(p);
  while (set[i] && set[i] != p)
    i = (i + 1) & (cap - 1);
  if (!set[i])
    return 0;
  set[i] = NULL;
  len--;
  for (size_t j = (i + 1) & (cap - 1); set[j]; j = (j + 1) & (cap - 1)) {
    void *q = set[j];
    set[j] = NULL;
    len--;
    set_add(q);
  }
  return 1;
}

// ----------------------------------------------------------- allocator

void *fz_malloc(size_t n) {
  void *p = malloc(n);
  if (p)
    set_add(p);
  return p;
}

void *fz_calloc(size_t n, size_t m) {
  void *p = calloc(n, m);
  if (p)
    set_add(p);
  return p;
}

void *fz_aligned_alloc(size_t align, size_t n) {
  void *p = aligned_alloc(align, n);
  if (p)
    set_add(p);
  return p;
}

void *fz_realloc(void *p, size_t n) {
  if (p)
    set_del(p);
  void *q = realloc(p, n);
  if (q)
    set_add(q);
  else if (p)
    set_add(p); // realloc failed: p is still live
  return q;
}

void fz_free(void *p) {
  if (p)
    set_del(p);
  free(p);
}

_Noreturn void fz_exit(int status) {
  if (fz_exit_to) {
    fz_exit_status = status;
    longjmp(*fz_exit_to, 1);
  }
  _exit(status);
}

// ------------------------------------------------------ symbol blocks

static struct {
  void *p;
  size_t size;
  int busy;
} pool[4096];
static size_t npool, current;

void *fz_symblock_calloc(size_t n, size_t m) {
  size_t size = n * m;
  for (size_t i = 0; i < npool; i++)
    if (!pool[i].busy && pool[i].size == size) {
      memset(pool[i].p, 0, size);
      pool[i].busy = 1;
      current = i;
      return pool[i].p;
    }
  if (npool == sizeof pool / sizeof *pool)
    abort();
  void *p = calloc(n, m);
  if (!p)
    abort();
  pool[npool] = (typeof(pool[0])){p, size, 1};
  current = npool++;
  return p;
}

// ---------------------------------------------------------------- reset

void fz_reset(void) {
  for (size_t i = 0; i < cap; i++)
    if (set[i]) {
      free(set[i]);
      set[i] = NULL;
    }
  len = 0;
  for (size_t i = 0; i < npool; i++)
    pool[i].busy = i == current;
}
