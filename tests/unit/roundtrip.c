// roundtrip.c — checks the reader/writer promise on one file:
// read(f) -> write -> read gives an equal model, and write(read(f)) is
// byte-identical to f when f is canonical.  Prints what differs.
// With --print, writes the canonical text of one FILE to stdout instead;
// with --same, says whether two files read to equal models (a version 1
// file and its version 2 rewrite, say).  With --placed, reads an
// executable as fle-exec does, each segment's bytes decoded into memory
// the caller gives (FleReadHooks): exactly memsz bytes that end at an
// inaccessible page, so a byte written past them is a crash.  The model
// must equal the plain read's.  With --threads N, writes FILE to OUT
// with fle_write_threads (large regions cut into pieces spelled on N
// threads, the text written while it is made) and checks that OUT holds
// exactly fle_dump's text; given SYMBOL, that symbol is first renamed to
// a name that is not UTF-8, and both must fail with the same message.
//   usage: fle-roundtrip FILE...  |  fle-roundtrip --print FILE
//          fle-roundtrip --same FILE1 FILE2  |  fle-roundtrip --placed FILE
//          fle-roundtrip --threads N FILE OUT [SYMBOL]
#include "fle.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

static char *slurp(const char *path, size_t *len) {
  FILE *fp = fopen(path, "rb");
  if (!fp)
    return NULL;
  fseek(fp, 0, SEEK_END);
  long n = ftell(fp);
  rewind(fp);
  char *buf = fle_xmalloc((size_t)n + 1);
  *len = fread(buf, 1, (size_t)n, fp);
  fclose(fp);
  return buf;
}

static int check(const char *path) {
  size_t len = 0, len2 = 0;
  char *orig = slurp(path, &len);
  FleFile *a = orig ? fle_read_mem(path, orig, len) : fle_read(path);
  if (!a)
    return fprintf(stderr, "%s: error: %s\n", fle_tool, fle_error()), free(orig), 1;
  char *text = fle_dump(a, &len2);
  if (!text)
    return printf("%s: cannot write: %s\n", path, fle_error()), fle_free(a), free(orig), 1;
  FleFile *b = fle_read_mem(path, text, len2);
  if (!b)
    return printf("%s: cannot read what was written: %s\n", path, fle_error()),
           free(text), fle_free(a), free(orig), 1;
  int bad = 0;
  if (!fle_models_equal(a, b))
    bad = printf("%s: model changed by write+read\n", path) > 0;
  if (len != len2 || memcmp(orig, text, len) != 0)
    bad = printf("%s: write(read(f)) differs from f\n", path) > 0;
  fle_free(a);
  fle_free(b);
  free(orig);
  free(text);
  return bad;
}

static int print(const char *path) {
  FleFile *f = fle_read(path);
  size_t len;
  char *text = f ? fle_dump(f, &len) : NULL;
  if (!text)
    return fprintf(stderr, "%s: error: %s\n", fle_tool, fle_error()), fle_free(f), 1;
  fwrite(text, 1, len, stdout);
  free(text);
  fle_free(f);
  return 0;
}

static int same(const char *p1, const char *p2) {
  FleFile *a = fle_read(p1), *b = a ? fle_read(p2) : NULL;
  int rc = !b ? (fprintf(stderr, "%s: error: %s\n", fle_tool, fle_error()), 2)
           : fle_models_equal(a, b) ? 0 : (printf("%s and %s: models differ\n", p1, p2), 1);
  fle_free(a);
  fle_free(b);
  return rc;
}

typedef struct {
  int calls, pie;
} Placing;

static void *place(void *ctx, const FleSegment *g, bool pie, uint64_t likely) {
  Placing *pl = ctx;
  (void)likely;
  pl->calls++;
  pl->pie = pie;
  size_t len = (g->memsz + 4095) / 4096 * 4096;
  char *p = mmap(NULL, len + 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED || mprotect(p + len, 4096, PROT_NONE) < 0)
    return NULL;
  return p + len - g->memsz;
}

static int placed(const char *path) {
  size_t len;
  char *text = slurp(path, &len);
  Placing pl = {0, -1};
  FleReadHooks hooks = {place, &pl};
  FleFile *a = text ? fle_read_mem(path, text, len) : NULL;
  FleFile *b = a ? fle_read_mem_hooked(path, text, len, &hooks) : NULL;
  if (!b)
    return fprintf(stderr, "%s: error: %s\n", fle_tool, fle_error()), fle_free(a), free(text), 2;
  size_t n = 0;
  for (size_t i = 0; i < b->nsegments; i++)
    n += b->segments[i].placed && b->segments[i].data;
  printf("%d of %zu segments placed, pie %s\n", pl.calls, b->nsegments,
         pl.pie < 0 ? "-" : pl.pie ? "true" : "false");
  int rc = fle_models_equal(a, b) && n == (size_t)pl.calls ? 0 : (printf("models differ\n"), 1);
  fle_free(a);
  fle_free(b); // the placed memory stays mapped: fle_free leaves it alone
  free(text);
  return rc;
}

static int threads(int n, const char *path, const char *out, const char *sym) {
  FleFile *f = fle_read(path);
  if (!f)
    return fprintf(stderr, "%s: error: %s\n", fle_tool, fle_error()), 2;
  static char bad_name[] = "bad\xff"; // names live in the model's pool
  for (size_t i = 0; sym && i < f->nsyms; i++)
    if (!strcmp(f->syms[i].name, sym))
      f->syms[i].name = bad_name;
  size_t len = 0, got = 0;
  char *want = fle_dump(f, &len);
  char *why = want ? NULL : fle_xstrdup(fle_error());
  int rc = fle_write_threads(f, out, n);
  char *text = rc == 0 ? slurp(out, &got) : NULL;
  int bad = 0;
  if (why && rc == 0)
    bad = printf("fle_dump failed (%s), fle_write_threads did not\n", why) > 0;
  else if (why && strcmp(why, fle_error()) != 0)
    bad = printf("errors differ:\n  %s\n  %s\n", why, fle_error()) > 0;
  else if (!why && rc != 0)
    bad = printf("fle_write_threads failed: %s\n", fle_error()) > 0;
  else if (!why && (got != len || memcmp(text, want, len) != 0))
    bad = printf("%s: %zu bytes differ from fle_dump's %zu\n", out, got, len) > 0;
  else
    printf(why ? "same error: %s\n" : "same text\n", why);
  free(want);
  free(why);
  free(text);
  fle_free(f);
  return bad;
}

int main(int argc, char **argv) {
  fle_tool = "fle-roundtrip";
  if (argc == 3 && strcmp(argv[1], "--print") == 0)
    return print(argv[2]);
  if (argc == 3 && strcmp(argv[1], "--placed") == 0)
    return placed(argv[2]);
  if ((argc == 5 || argc == 6) && strcmp(argv[1], "--threads") == 0)
    return threads(atoi(argv[2]), argv[3], argv[4], argc == 6 ? argv[5] : NULL);
  if (argc == 4 && strcmp(argv[1], "--same") == 0)
    return same(argv[2], argv[3]);
  int bad = 0;
  for (int i = 1; i < argc; i++)
    bad |= check(argv[i]);
  return bad;
}
