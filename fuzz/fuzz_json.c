// fuzz_json.c — libFuzzer target: libfle's reader against the reference,
// jansson (ref_read.c), on the same bytes.
//
// libfle tokenizes JSON itself; jansson is the judge of what valid JSON
// is.  The two readers must agree on accepting or refusing every input,
// and on an accepted one they must build the same model (kind, path,
// interpreter and everything fle_models_equal compares).  Messages are
// not compared, since the readers word them differently; both are
// printed when the verdicts differ.
#include "fle.h"
#include "ref_read.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc, (void)argv;
  fle_tool = "fuzz-json";
  return 0;
}

// One reader's verdict: the model, or why there is none.
typedef struct {
  FleFile *f;
  char *why;
} Verdict;

static Verdict judge(FleFile *(*read)(const char *, const char *, size_t),
                     const uint8_t *data, size_t size) {
  Verdict v = {read("in.fle", (const char *)data, size), NULL};
  if (!v.f)
    v.why = strdup(fle_error());
  return v;
}

static void print_verdict(const char *who, const Verdict *v) {
  fprintf(stderr, "  %-7s %s%s\n", who, v->f ? "accepts" : "refuses: ",
          v->f ? "" : v->why);
}

static void die(const char *what, const Verdict *lib, const Verdict *ref) {
  fprintf(stderr, "fuzz-json: %s\n", what);
  print_verdict("libfle", lib);
  print_verdict("jansson", ref);
  abort();
}

static bool same_str(const char *a, const char *b) {
  return a == b || (a && b && strcmp(a, b) == 0);
}

static bool same_model(const FleFile *a, const FleFile *b) {
  return a->kind == b->kind && same_str(a->path, b->path) &&
         same_str(a->interp, b->interp) && fle_models_equal(a, b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  Verdict lib = judge(fle_read_mem, data, size);
  Verdict ref = judge(ref_read_mem, data, size);
  if (!lib.f != !ref.f)
    die("the readers disagree on accepting the input", &lib, &ref);
  if (lib.f && !same_model(lib.f, ref.f))
    die("the readers build different models", &lib, &ref);
  fle_free(lib.f);
  fle_free(ref.f);
  free(lib.why);
  free(ref.why);
  return 0;
}
