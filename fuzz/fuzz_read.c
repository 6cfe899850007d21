// fuzz_read.c — libFuzzer target: the FLE reader on objects, executables
// and archives.
//
// Whatever fle_read_mem accepts must survive the writer (spec/FLE.md §2):
// dump it, read the dump back, get an equal model, and dumping that gives
// the same bytes (canonical text is a fixed point).  Whatever it refuses
// must be refused with a message naming the file.  Leaks are reported by
// LeakSanitizer, so the reader must free everything on every error path.
#include "fle.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc, (void)argv;
  fle_tool = "fuzz-read";
  return 0;
}

static void die(const char *what, const char *detail) {
  fprintf(stderr, "fuzz-read: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
  abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  // Two names in turn: a message left over from the previous input would
  // name the other one.
  static int turn;
  const char *name = (turn ^= 1) ? "in-a.fle" : "in-b.fle";
  FleFile *f = fle_read_mem(name, (const char *)data, size);
  if (!f) {
    if (strncmp(fle_error(), name, strlen(name)) != 0)
      die("a refusal that does not name the file", fle_error());
    return 0;
  }
  size_t n1, n2;
  char *t1 = fle_dump(f, &n1);
  if (!t1)
    die("a model the reader accepted cannot be written", fle_error());
  FleFile *g = fle_read_mem("dump.fle", t1, n1);
  if (!g)
    die("the reader refuses the writer's canonical text", fle_error());
  if (!fle_models_equal(f, g))
    die("write + read changed the model", NULL);
  char *t2 = fle_dump(g, &n2);
  if (!t2 || n1 != n2 || memcmp(t1, t2, n1) != 0)
    die("canonical text is not a fixed point of read + write", NULL);
  free(t1);
  free(t2);
  fle_free(f);
  fle_free(g);
  return 0;
}
