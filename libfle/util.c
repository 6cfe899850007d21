// util.c — allocation that never returns NULL, growable arrays, a string
// hash map for symbol tables, and finding the running tool's directory.
#include "fle.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

_Noreturn void fle_oom(void) {
  fprintf(stderr, "%s: error: out of memory\n", fle_tool);
  exit(1);
}

void *fle_xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p)
    fle_oom();
  return p;
}

void *fle_xmalloc_pages(size_t n) {
  size_t page = 4096;
  if (n > SIZE_MAX - page)
    fle_oom();
  void *p = aligned_alloc(page, (n + page - 1) / page * page + (n ? 0 : page));
  if (!p)
    fle_oom();
  return p;
}

void *fle_xcalloc(size_t n, size_t m) {
  void *p = calloc(n ? n : 1, m ? m : 1);
  if (!p)
    fle_oom();
  return p;
}

void *fle_xrealloc(void *p, size_t n) {
  p = realloc(p, n ? n : 1);
  if (!p)
    fle_oom();
  return p;
}

char *fle_xstrdup(const char *s) { return fle_xstrndup(s, strlen(s)); }

char *fle_xstrndup(const char *s, size_t n) {
  char *p = fle_xmalloc(n + 1);
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

// Doubling keeps appends amortised O(1): no quadratic concatenation.
void fle_grow(void **p, size_t *cap, size_t n, size_t sz) {
  if (n <= *cap)
    return;
  size_t c = *cap ? *cap : 8;
  while (c < n)
    c *= 2;
  if (c > SIZE_MAX / sz)
    fle_oom();
  *p = fle_xrealloc(*p, c * sz);
  *cap = c;
}

const char *fle_self_dir(void) {
  static char dir[PATH_MAX];
  if (dir[0])
    return dir;
  ssize_t n = readlink("/proc/self/exe", dir, sizeof dir - 1);
  if (n <= 0) {
    strcpy(dir, ".");
    return dir;
  }
  dir[n] = '\0';
  char *slash = strrchr(dir, '/');
  if (slash)
    *slash = '\0';
  return dir;
}

// ------------------------------------------------------------- hash map
// A multiplicative hash over the key; linear probing; the table stays at
// most half full.

static uint64_t hashn(const char *s, size_t n) {
  // Eight bytes a step, each step a multiply and a shift (names are
  // hashed once per symbol and once per relocation of every input).
  uint64_t h = 0x9e3779b97f4a7c15ull ^ n, v;
  for (; n >= 8; s += 8, n -= 8) {
    memcpy(&v, s, 8);
    h = (h ^ v) * 0xff51afd7ed558ccdull;
    h ^= h >> 32;
  }
  v = 0;
  for (size_t i = 0; i < n; i++)
    v |= (uint64_t)(unsigned char)s[i] << (8 * i);
  h = (h ^ v) * 0xc4ceb9fe1a85ec53ull;
  return h ^ (h >> 29);
}


void fle_map_init(FleMap *m) { memset(m, 0, sizeof *m); }

void fle_map_free(FleMap *m) {
  free(m->keys);
  free(m->vals);
  free(m->hashes);
  fle_map_init(m);
}

static void rehash(FleMap *m) {
  FleMap n = {0};
  n.cap = m->cap ? m->cap * 2 : 64;
  n.keys = fle_xcalloc(n.cap, sizeof *n.keys);
  n.vals = fle_xcalloc(n.cap, sizeof *n.vals);
  n.hashes = fle_xcalloc(n.cap, sizeof *n.hashes);
  for (size_t i = 0; i < m->cap; i++) {
    if (!m->keys[i])
      continue;
    size_t j = m->hashes[i] & (n.cap - 1);
    while (n.keys[j])
      j = (j + 1) & (n.cap - 1);
    n.keys[j] = m->keys[i];
    n.vals[j] = m->vals[i];
    n.hashes[j] = m->hashes[i];
  }
  n.len = m->len;
  fle_map_free(m);
  *m = n;
}

// Whether the NUL-terminated k is key[0, n).  Names are short: a loop
// here is cheaper than a call to strncmp.
static inline bool key_is(const char *k, const char *key, size_t n) {
  size_t i = 0;
  while (i < n && k[i] && k[i] == key[i])
    i++;
  return i == n && k[n] == '\0';
}

// The slot of key[0, n) with hash h, or of the empty slot where it would go.
static size_t slot(const FleMap *m, const char *key, size_t n, uint64_t h) {
  size_t j = h & (m->cap - 1);
  for (; m->keys[j]; j = (j + 1) & (m->cap - 1))
    if (m->hashes[j] == h && key_is(m->keys[j], key, n))
      break;
  return j;
}

size_t *fle_map_getn(const FleMap *m, const char *key, size_t n) {
  if (!m->cap)
    return NULL;
  size_t j = slot(m, key, n, hashn(key, n));
  return m->keys[j] ? &m->vals[j] : NULL;
}

size_t *fle_map_get(const FleMap *m, const char *key) {
  return fle_map_getn(m, key, strlen(key));
}

size_t *fle_map_put(FleMap *m, const char *key, bool *added) {
  size_t n = strlen(key);
  uint64_t h = hashn(key, n);
  if ((m->len + 1) * 2 > m->cap)
    rehash(m);
  size_t j = slot(m, key, n, h);
  if (added)
    *added = !m->keys[j];
  if (!m->keys[j]) {
    m->keys[j] = key;
    m->vals[j] = 0;
    m->hashes[j] = h;
    m->len++;
  }
  return &m->vals[j];
}

// ---------------------------------------------------------------- Buf

#include "internal.h"
#include <stdarg.h>

void buf_putn(Buf *b, const char *s, size_t n) {
  FLE_GROW(b->p, b->cap, b->len + n + 1);
  memcpy(b->p + b->len, s, n);
  b->len += n;
  b->p[b->len] = '\0';
}

void buf_puts(Buf *b, const char *s) { buf_putn(b, s, strlen(s)); }

void buf_printf(Buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  FLE_GROW(b->p, b->cap, b->len + (size_t)n + 1);
  va_start(ap, fmt);
  vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
}

void buf_hex(Buf *b, uint64_t v) {
  char tmp[19], *p = tmp + sizeof tmp;
  do {
    *--p = "0123456789abcdef"[v & 15];
    v >>= 4;
  } while (v);
  *--p = 'x';
  *--p = '0';
  buf_putn(b, p, (size_t)(tmp + sizeof tmp - p));
}
