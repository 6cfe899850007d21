// fuzz_ld.c — libFuzzer target: fle-ld's passes on fuzzed sets of inputs.
//
// The input is one to three FLE files (objects or archives) separated by
// the line "--fle--" (FUZZ_LD_SEP).  Each goes to a memfd and is named on
// the "command line" by its /proc/self/fd path; then the passes run in
// process, in main.c's order: read inputs (with archive searches),
// resolve, output sections, layout, relocate, write.  The input's length
// picks the options: odd lengths link -pie, and lengths with bit 1 set
// link with --trace (to /dev/null), so both paths are fuzzed.
//
// fle-ld stops a failed phase with exit(1) and never frees; this build
// of fle-ld and libfle has exit() longjmp back here and every allocation
// released after each input (track.h, track.c).  A link that succeeds
// writes its executable to a private temporary directory, and the
// executable must read back with libfle: the linker must never write a
// file the loader's reader refuses.
//
// The pass list is a copy of fle-ld/main.c's; keep them in step.
#include "ld.h"
#include "track_api.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define FUZZ_LD_SEP "\n--fle--\n"
#define MAX_INPUTS 3

static int fds[MAX_INPUTS];
static char paths[MAX_INPUTS][64];
static char outdir[256], output[300];

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc, (void)argv;
  fle_tool = "fuzz-ld";
  for (int i = 0; i < MAX_INPUTS; i++) {
    char name[16];
    snprintf(name, sizeof name, "in%d.fle", i);
    fds[i] = memfd_create(name, 0);
    if (fds[i] < 0)
      abort();
    snprintf(paths[i], sizeof paths[i], "/proc/self/fd/%d", fds[i]);
  }
  const char *tmp = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : getenv("TMPDIR");
  snprintf(outdir, sizeof outdir, "%s/fuzz-ld-XXXXXX", tmp ? tmp : "/tmp");
  if (!mkdtemp(outdir))
    abort();
  snprintf(output, sizeof output, "%s/a.out", outdir);
  // --trace narrates to stdout.
  if (!freopen("/dev/null", "w", stdout))
    abort();
  return 0;
}

static void cleanup_outdir(void) __attribute__((destructor));
static void cleanup_outdir(void) {
  if (outdir[0]) {
    unlink(output);
    rmdir(outdir);
  }
}

// Splits the input at FUZZ_LD_SEP into at most MAX_INPUTS files.
static int split_inputs(const uint8_t *data, size_t size) {
  const char *p = (const char *)data, *end = p + size;
  int n = 0;
  while (n < MAX_INPUTS) {
    const char *sep = n + 1 < MAX_INPUTS
                          ? memmem(p, (size_t)(end - p), FUZZ_LD_SEP, strlen(FUZZ_LD_SEP))
                          : NULL;
    const char *stop = sep ? sep : end;
    if (ftruncate(fds[n], 0) < 0 ||
        pwrite(fds[n], p, (size_t)(stop - p), 0) != stop - p)
      abort();
    n++;
    if (!sep)
      break;
    p = sep + strlen(FUZZ_LD_SEP);
  }
  return n;
}

static void link_once(Link *ld) {
  read_inputs(ld);
  if (fle_error_count())
    return;
  define_linker_symbols(ld);
  check_undefined(ld);
  if (fle_error_count())
    return;
  create_output_sections(ld);
  scan_relocations(ld);
  if (fle_error_count())
    return;
  layout(ld);
  if (fle_error_count())
    return;
  copy_section_data(ld);
  apply_relocations(ld);
  if (fle_error_count())
    return;
  write_output(ld);
  if (fle_error_count())
    return;
  FleFile *exe = fle_read(output);
  if (!exe) {
    fprintf(stderr, "fuzz-ld: the linker wrote an executable the reader "
                    "refuses: %s\n", fle_error());
    abort();
  }
  fle_free(exe);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  int n = split_inputs(data, size);
  Link ld = {.output = output, .entry = "_start",
             .interp = FLE_DEFAULT_INTERP, .threads = 1,
             .pie = size & 1, .trace = (size & 2) != 0};
  ld.base = ld.pie ? 0 : LD_BASE;
  fle_map_init(&ld.symmap);
  for (int i = 0; i < n; i++) {
    FLE_GROW(ld.args, ld.capargs, ld.nargs + 1);
    ld.args[ld.nargs++] = (InputArg){.kind = ARG_FILE, .value = paths[i]};
  }
  jmp_buf jb;
  fz_exit_to = &jb;
  if (setjmp(jb) == 0)
    link_once(&ld);
  fz_exit_to = NULL;
  fflush(stdout);
  unlink(output);
  fz_reset();
  fz_reset_errors();
  return 0;
}
