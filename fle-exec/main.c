// main.c — fle-exec: run an FLE executable in this process.
//
//   fle-exec [--trace] [--allow-wx] PROG [ARGS...]
//   fle-exec --list PROG
//
// PROG is read and checked as a whole, its segments are mapped where it
// asks (or at a random base if it is position-independent), a fresh
// stack is laid out as the System V x86-64 ABI and Linux lay it out, and
// control jumps to PROG's entry.  From then on this process *is* PROG:
// its exit status and the signal that kills it are PROG's.  A dynamic
// PROG gets its shared libraries found (search.c), mapped and bound
// (dynamic.c) on the way.
//
// An executable whose first line is "#!/usr/bin/env fle-exec" runs as
// ./prog: the kernel starts env, env starts "fle-exec ./prog ARGS", and
// PROG's argv[0] is "./prog", the path as the user typed it.
//
// Exit status of the loader itself: 1 when it refuses (usage, unreadable
// or invalid file, memory that cannot be mapped), with one line
// "fle-exec: error: FILE: what is wrong" on stderr; 127 when a dynamic
// PROG's libraries cannot be loaded or a symbol is undefined (ld.so's).
#include "fle-exec.h"

#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char usage[] =
    "usage: fle-exec [--trace] [--allow-wx] PROG [ARGS...]\n"
    "       fle-exec --list PROG\n"
    "  runs the FLE executable PROG with ARGS (PROG is its argv[0]),\n"
    "  loading the shared libraries it needs\n"
    "  --list      print where each library PROG needs is found, and\n"
    "              which module needs it; run nothing\n"
    "  --trace     print the mappings, the stack and the entry to stderr,\n"
    "              and explain a crash or abort(), with the call chain,\n"
    "              before the program dies of it\n"
    "  --allow-wx  load segments that are both writable and executable\n"
    "environment: FLE_LIBRARY_PATH (directories searched first for\n"
    "  libraries), FLE_BIND_NOW=1 (bind every function at start-up, not\n"
    "  at its first call)\n";

static _Noreturn void vdie(int status, const char *path, const char *fmt, va_list ap) {
  fprintf(stderr, "fle-exec: error: ");
  if (path)
    fprintf(stderr, "%s: ", path);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  exit(status);
}

_Noreturn void die(const char *path, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vdie(EXIT_LOADER, path, fmt, ap);
}

_Noreturn void die_status(int status, const char *path, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vdie(status, path, fmt, ap);
}

_Noreturn void loader_fail(Loader *L, int status, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  if (!L->fail) {
    if (fmt)
      vdie(status, NULL, fmt, ap);
    exit(status); // validate() said why
  }
  if (fmt) {
    vsnprintf(L->err, L->errsize, fmt, ap);
  } else { // validate's line, in L->err already: its words only
    fflush(L->opt->err);
    size_t skip = strncmp(L->err, "fle-exec: error: ", 17) == 0 ? 17 : 0;
    memmove(L->err, L->err + skip, strlen(L->err + skip) + 1);
    L->err[strcspn(L->err, "\n")] = 0;
  }
  va_end(ap);
  longjmp(*(jmp_buf *)L->fail, 1);
}

void note(const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "fle-exec: note: ");
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}

// Says what a file is when it is not FLE at all (libfle's words, the
// same for every tool), so that an ELF binary or a shell script gets a
// clear answer instead of a JSON syntax error.
static void sniff(const char *path, const char *buf, size_t len) {
  const char *what = fle_sniff(buf, len);
  if (!what)
    return;
  die(path, "not an FLE file (%s)", what);
}

// Check: PROG read and parsed — refused unless it is an FLE executable —
// and every field of it validated.  The file is mapped only while it is
// read, and closed at once: nothing of it is left for the program.
static FleFile *load_checked(const char *path, const Options *opt) {
  const char *buf;
  size_t len;
  int rc = fle_map_file(path, &buf, &len);
  if (rc == -2)
    die(path, "not a regular file");
  if (rc < 0)
    die(path, "%s", strerror(errno));
  sniff(path, buf, len);
  FleReadHooks hooks = {image_segment_memory, NULL};
  FleFile *f = fle_read_mem_hooked(path, buf, len, &hooks);
  fle_unmap_file(buf, len);
  if (!f) {
    fprintf(stderr, "fle-exec: error: %s\n", fle_error());
    exit(EXIT_LOADER);
  }
  if (f->kind == FLE_OBJ)
    die(path, "not an executable: it is an object file (.obj); link it "
              "with fle-ld first");
  if (f->kind == FLE_AR)
    die(path, "not an executable: it is an archive (.ar)");
  if (f->shared && !opt->list)
    die(path, "not an executable: it is a shared library (.so)");
  if (validate(f, path, opt) < 0)
    exit(EXIT_LOADER);
  return f;
}

// --list: the resolver's answer, as ldd gives it; nothing is mapped.
static int list_libraries(Loader *L, const Options *opt, FleFile *f, const char *path,
                          char **envp) {
  if (!fle_is_dynamic(f))
    die(path, "not a dynamic executable");
  loader_init(L, opt, f, path, envp);
  loader_resolve(L);
  return L->nmissing ? EXIT_DYNAMIC : 0;
}

// The fault reporter's modules: the executable, and a dynamic
// program's libraries.
static int prepare_faults(const Loader *L, const FleFile *f, const Image *im,
                          const Stack *st) {
  size_t n = L ? L->nmods : 1;
  FaultModule *mods = fle_xcalloc(n, sizeof *mods);
  mods[0] = (FaultModule){f, im, NULL};
  for (size_t i = 1; i < n; i++)
    mods[i] = (FaultModule){L->mods[i].f, &L->mods[i].im, L->mods[i].name};
  return fault_prepare(mods, n, st);
}

static int parse_options(int argc, char **argv, Options *opt) {
  int i = 1;
  for (; i < argc && argv[i][0] == '-'; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--") == 0)
      return i + 1;
    if (strcmp(a, "--trace") == 0)
      opt->trace = true;
    else if (strcmp(a, "--allow-wx") == 0)
      opt->allow_wx = true;
    else if (strcmp(a, "--list") == 0)
      opt->list = true;
    else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      fputs(usage, stdout);
      exit(0);
    } else {
      fprintf(stderr, "fle-exec: error: unknown option '%s'\n%s", a, usage);
      exit(EXIT_LOADER);
    }
  }
  return i;
}

int main(int argc, char **argv, char **envp) {
  Options opt = {0};
  fle_tool = "fle-exec";
  int first = parse_options(argc, argv, &opt);
  if (first >= argc) {
    fputs(usage, stderr);
    return EXIT_LOADER;
  }
  char **args = argv + first;   // args[0] is PROG as the user typed it
  const char *path = args[0];

  // Check: read the whole file and validate every field of it.
  FleFile *f = load_checked(path, &opt);

  // A dynamic program: find its libraries (search.c); with --list, say
  // where they are and stop.
  Loader L;
  bool dynamic = fle_is_dynamic(f);
  if (opt.list)
    return list_libraries(&L, &opt, f, path, envp);
  if (dynamic) {
    loader_init(&L, &opt, f, path, envp);
    loader_resolve(&L);
  }

  // Build: the segments (of every module, bound: dynamic.c), then the
  // stack.  Either fails cleanly.
  static Image static_im;
  Image *imp = &static_im;
  if (dynamic) {
    loader_build(&L);
    imp = &L.mods[0].im;
    imp->dl = dl_setup(&L);
  } else if (image_build(f, path, imp) < 0) {
    return EXIT_LOADER;
  }
  // Under a debugger: the program's symbols and DWARF for it (jit.c).
  if (jit_debugger_present())
    jit_register(path, imp);
  Stack st;
  if (stack_build(&st, imp, args, envp, argv) < 0) {
    image_discard(imp);
    die(path, "cannot allocate the stack: %s", strerror(errno));
  }

  // Teaching mode: say what was built, and arm the fault reporter with
  // its own copy of what it needs (the model is freed below).
  if (opt.trace) {
    if (!dynamic)
      trace_image(f, imp);   // a dynamic program's: as its modules were mapped
    trace_stack(&st, f, imp);
    trace_entry(f, imp, &st);
    if (prepare_faults(dynamic ? &L : NULL, f, imp, &st) < 0) {
      stack_discard(&st);
      image_discard(imp);
      die(path, "cannot prepare the fault reporter: %s", strerror(errno));
    }
  }

  // Commit.  The kernel's view of the process becomes the program's
  // (procmm.c; best effort: a kernel that refuses changes nothing else).
  // The program's arguments go to the top of its stack (stack.c).  Give
  // back everything the loader allocated, the parsed file with it
  // (arena.c): the program never sees it.
  uint64_t entry = imp->entry, sp = st.sp;
  fflush(stdout);
  fflush(stderr);
  procmm_commit(imp, &st, path);
  uint64_t old_lo, old_hi;   // both 0 when it is the program's, or not known: kept
  stack_kernel_range(argv, imp, &st, &old_lo, &old_hi);
  if (opt.trace)
    fault_install();
  // From here on nothing reads fle-exec's own arguments, environment or
  // auxv: the program's part of the stack may go over them.
  stack_place(&st);
  arena_release();
  enter(entry, sp, old_lo, old_hi - old_lo);
}
