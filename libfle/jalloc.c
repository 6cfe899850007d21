// jalloc.c — where jansson's memory comes from while libfle reads a file.
//
// A file's JSON tree is built, walked once into the model and dropped.
// Giving it one growing region and releasing the region whole replaces
// hundreds of thousands of malloc/free pairs (and the walk json_decref
// would make) with pointer bumps.  The region is per thread, because
// fle-ld reads its inputs on several threads; outside a read, jansson
// gets plain malloc and free.
#include "internal.h"

#include <jansson.h>
#include <pthread.h>
#include <stdlib.h>

typedef struct Chunk {
  struct Chunk *next;
  char *end;
  _Alignas(16) char data[];
} Chunk;

static FLE_THREAD_LOCAL JsonRegion *active;
// The largest chunk of the last region, kept for the next read on this
// thread: fresh memory costs page faults, and a linker reads thousands
// of files in a row.
static FLE_THREAD_LOCAL Chunk *spare;

static void *region_alloc(size_t n) {
  JsonRegion *r = active;
  if (!r)
    return malloc(n);
  n = (n + 15) & ~(size_t)15;
  if (n > (size_t)(r->end - r->cur)) {
    size_t size = r->head ? 2 * (size_t)(r->head->end - r->head->data) : 1 << 16;
    if (size < n)
      size = n;
    Chunk *c = malloc(sizeof *c + size);
    if (!c)
      return NULL;
    c->next = r->head;
    c->end = c->data + size;
    r->head = c;
    r->cur = c->data;
    r->end = c->end;
  }
  void *p = r->cur;
  r->cur += n;
  return p;
}

static bool in_region(const JsonRegion *r, const void *p) {
  for (const Chunk *c = r->head; c; c = c->next)
    if ((const char *)p >= c->data && (const char *)p < c->end)
      return true;
  return false;
}

// jansson frees its scratch buffers while parsing: those are in the
// region and simply stay until it is released.
static void region_free(void *p) {
  if (p && !(active && in_region(active, p)))
    free(p);
}

void fle_json_free(void *p) { region_free(p); }

// A thread that ends frees its spare chunk.
static pthread_key_t spare_key;
static void drop_spare(void *c) {
  if (spare == c)
    spare = NULL;
  free(c);
}

static void install(void) {
  pthread_key_create(&spare_key, drop_spare);
  json_set_alloc_funcs(region_alloc, region_free);
}

void fle_release_read_memory(void) {
  if (spare) {
    Chunk *c = spare;
    pthread_setspecific(spare_key, NULL);
    spare = NULL;
    free(c);
  }
}

void fle_json_region_begin(JsonRegion *r) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, install);
  r->head = spare;
  r->cur = spare ? spare->data : NULL;
  r->end = spare ? spare->end : NULL;
  if (spare)
    spare->next = NULL;
  spare = NULL;
  active = r;
}

void fle_json_region_end(JsonRegion *r) {
  active = NULL;
  Chunk *keep = r->head; // the newest chunk is the largest
  for (Chunk *c = keep ? keep->next : NULL, *next; c; c = next) {
    next = c->next;
    free(c);
  }
  spare = keep;
  pthread_setspecific(spare_key, keep);
  r->head = NULL;
}
