// readbench.c — how fast libfle reads FLE text, beside jansson on the
// same JSON (bench/read/run builds and runs it).
//
// usage: readbench RUNS LABEL FILE [LABEL FILE ...]
// For each file, one table row: its size, then the best of RUNS reads
// by fle_read_mem (the whole file) and by json_loadb (the bytes after a
// #! line, with the flags the jansson reader used), in MB/s (10^6 bytes).
// Only the read is timed: freeing the model or the tree is not.  Best of
// several runs, since on a shared machine noise only ever adds time.
#include "fle.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct {
  char *p;
  size_t len;
} Bytes;

static Bytes slurp(const char *path) {
  FILE *fp = fopen(path, "rb");
  long n = fp && fseek(fp, 0, SEEK_END) == 0 ? ftell(fp) : -1;
  if (n < 0)
    perror(path), exit(1);
  rewind(fp);
  Bytes b = {malloc((size_t)n + 1), (size_t)n};
  if (!b.p || fread(b.p, 1, b.len, fp) != b.len)
    perror(path), exit(1);
  fclose(fp);
  return b;
}

// The JSON text: what follows a #! line, or everything.
static Bytes json_part(Bytes b) {
  if (b.len < 2 || memcmp(b.p, "#!", 2) != 0)
    return b;
  char *nl = memchr(b.p, '\n', b.len);
  size_t skip = nl ? (size_t)(nl + 1 - b.p) : b.len;
  return (Bytes){b.p + skip, b.len - skip};
}

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static double best_fle(const char *path, Bytes b, int runs) {
  double best = 1e30;
  for (int i = 0; i < runs; i++) {
    double t0 = now();
    FleFile *f = fle_read_mem(path, b.p, b.len);
    double t = now() - t0;
    if (!f)
      fprintf(stderr, "readbench: %s\n", fle_error()), exit(1);
    fle_free(f);
    best = t < best ? t : best;
  }
  return best;
}

static double best_jansson(const char *path, Bytes b, int runs) {
  double best = 1e30;
  for (int i = 0; i < runs; i++) {
    json_error_t e;
    double t0 = now();
    json_t *root = json_loadb(b.p, b.len, JSON_REJECT_DUPLICATES, &e);
    double t = now() - t0;
    if (!root)
      fprintf(stderr, "readbench: %s:%d: %s\n", path, e.line, e.text), exit(1);
    json_decref(root);
    best = t < best ? t : best;
  }
  return best;
}

int main(int argc, char **argv) {
  if (argc < 4 || argc % 2)
    return fprintf(stderr, "usage: readbench RUNS LABEL FILE [LABEL FILE ...]\n"), 2;
  int runs = atoi(argv[1]);
  printf("%-12s %9s %14s %14s %8s\n", "input", "MB", "libfle MB/s", "jansson MB/s", "ratio");
  for (int i = 2; i < argc; i += 2) {
    Bytes b = slurp(argv[i + 1]), j = json_part(b);
    double mf = (double)b.len / 1e6 / best_fle(argv[i + 1], b, runs);
    double mj = (double)j.len / 1e6 / best_jansson(argv[i + 1], j, runs);
    printf("%-12s %9.1f %14.0f %14.0f %7.1fx\n", argv[i], (double)b.len / 1e6, mf, mj, mf / mj);
    free(b.p);
  }
  return 0;
}
