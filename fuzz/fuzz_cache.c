// fuzz_cache.c — libFuzzer target: fle-exec's reading of a load cache
// file (cache.c), which trusts nothing it reads.
//
// A cache file whose key or checksum is wrong is refused at once, and a
// fuzzer would rarely get past either; so the input is first made into
// what a forger could write (as tests/exec/forge-cache does): the magic,
// version, total length and key of the program being "run" are set, the
// header length kept if it is plausible, and the checksum recomputed.
// The result is written where cache_load looks and loaded.  When it is
// accepted, what map.c is about to do with it must be safe: every
// segment's bytes on whole pages inside the file, everything validate()
// promises (fuzz_validate checks those in depth).  Nothing is mapped.
#include "fle-exec.h"

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define HDR_WORDS 16   // cache.c's header: magic .. pathlen

static char dir[] = "/tmp/fuzz-cache-XXXXXX";
static char prog[4096];
static struct stat prog_st;

static int rm_one(const char *path, const struct stat *st, int flag,
                  struct FTW *ftw) {
  (void)st, (void)flag, (void)ftw;
  return remove(path);
}

// The scratch directory goes when the fuzzer exits.
static void cleanup(void) { nftw(dir, rm_one, 8, FTW_DEPTH | FTW_PHYS); }

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc, (void)argv;
  fle_tool = "fuzz-cache";
  if (!mkdtemp(dir))
    abort();
  atexit(cleanup);
  setenv("XDG_CACHE_HOME", dir, 1);
  unsetenv("FLE_EXEC_NO_CACHE");
  if (!getenv("FUZZ_CACHE_DEBUG"))
    unsetenv("FLE_EXEC_DEBUG_CACHE");
  snprintf(prog, sizeof prog, "%s/prog", dir);
  FILE *f = fopen(prog, "w");
  if (!f || fputs("#!/usr/bin/env fle-exec\n{}\n", f) < 0 || fclose(f) != 0)
    abort();
  char cdir[4200];
  snprintf(cdir, sizeof cdir, "%s/fle-exec", dir);
  if (stat(prog, &prog_st) < 0 || mkdir(cdir, 0700) < 0)
    abort();
  return 0;
}

static void broken(const char *promise) {
  fprintf(stderr, "fuzz-cache: cache_load accepted a file that breaks: %s\n",
          promise);
  abort();
}

// The input as a forged cache file for c's key, written to c->path.
static void forge(const Cache *c, const uint8_t *data, size_t size) {
  uint8_t *b = malloc(size ? size : 1);
  memcpy(b, data, size);
  if (size >= HDR_WORDS * 8) {
    uint64_t w[HDR_WORDS];
    memcpy(w, b, sizeof w);
    memcpy(&w[0], "FLEXCACH", 8);
    w[1] = 3;
    w[3] = size;
    if (w[4] < HDR_WORDS * 8 || w[4] > size || w[4] % 8)
      w[4] = size & ~7ULL;
    memcpy(&w[5], c->key, sizeof c->key);
    memcpy(b, w, sizeof w);
    w[2] = cache_checksum(b + 24, w[4] - 24);
    memcpy(b + 16, &w[2], 8);
  }
  FILE *f = fopen(c->path, "w");
  if (!f || (size && fwrite(b, size, 1, f) != 1) || fclose(f) != 0)
    abort();
  free(b);
}

static void check(const Cache *c, const FleFile *f) {
  if (c->fd < 0)
    broken("a hit leaves the cache file open for map.c");
  if (f->nsegments == 0 || f->nsegments > MAX_SEGMENTS)
    broken("segment count");
  for (size_t i = 0; i < f->nsegments; i++) {
    const FleSegment *g = &f->segments[i];
    if (g->filesz > g->memsz || g->vaddr % PAGE_SIZE)
      broken("validated segment fields");
    if (!g->filesz)
      continue;
    uint64_t off = c->dataoff[i];
    if (off % PAGE_SIZE || off < PAGE_UP(c->hdrlen) || off > c->total ||
        PAGE_UP(g->filesz) > c->total - off)
      broken("segment bytes on whole pages inside the file, past the header");
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static Cache c;
  memset(&c, 0, sizeof c);
  for (int wx = 0; wx < 2; wx++) {
    Options opt = {.allow_wx = wx};
    cache_init(&c, &opt);
    cache_key(&c, &prog_st);
    if (wx == 0)
      forge(&c, data, size);
    FleFile *f = cache_load(&c, prog, &opt);
    if (f)
      check(&c, f);
    cache_close(&c);
    // fle-exec never frees (its arena goes at once); the harness must.
    for (size_t i = 0; i < MAX_SEGMENTS; i++) {
      free(c.segments[i].relocs);
      c.segments[i].relocs = NULL;
    }
    if (c.head && c.head != c.small)
      free(c.head);
    c.head = NULL;
  }
  return 0;
}
