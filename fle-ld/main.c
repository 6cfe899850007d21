// main.c — fle-ld, the FLE linker: options, then the passes.
//
// A link is a short list of passes over libfle's model:
//
//   read inputs      objects and archives in command-line order; archive
//                    members are pulled only to define a symbol that is
//                    still undefined (input.c), and every object's symbols
//                    enter the global table as it is read (resolve.c); a
//                    shared library's exports define symbols, its imports
//                    are references
//   check symbols    every strong reference defined (or, in a .so, an
//                    import), no duplicates; what libraries import from
//                    the executable
//   output sections  input sections grouped by family (.text, .rodata,
//                    .data, .bss, ...); one decision per reference (GOT
//                    slot, PLT entry, copy, load-time relocation: the
//                    table in reloc_x86_64.c), then the slots made
//                    (dynamic.c)
//   lay out          addresses: r-x, r--, rw- segments, each page aligned
//   relocate         S, A and P computed, range-checked and written
//   write            the executable or .so (spec §5) through a temporary
//                    file
//
// Every phase collects its errors and stops at its end, so one run shows
// all undefined symbols at once.  A failed link, whatever the reason,
// leaves the output path exactly as it was: fle_write replaces a file in
// one rename, only once the new one is complete (spec/FLE.md §7).  An
// output that is also an input is refused before anything is read.
//
// A link that involves no shared library (no -shared, no .so input)
// writes format version 2, byte for byte as a static linker; the rest is
// spec/dynamic.md.
//
// --trace narrates every decision to stdout (stdout, so it can be piped
// and compared; diagnostics stay on stderr); --trace=SECTIONS picks parts
// of it, --trace-symbol=SYM follows one symbol through all of it.
#include "ld.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#ifdef FLE_LD_MIMALLOC
#include <mimalloc.h>
#endif

// --time: how long each pass took, on stderr.
static void pass_done(Link *ld, const char *pass) {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  if (ld->timing && ld->pass_start.tv_sec)
    fprintf(stderr, "fle-ld: time: %-18s %8.3f ms\n", pass,
            (now.tv_sec - ld->pass_start.tv_sec) * 1e3 +
                (now.tv_nsec - ld->pass_start.tv_nsec) / 1e6);
  ld->pass_start = now;
}

static void usage(FILE *out) {
  fprintf(out,
          "usage: fle-ld [options] FILES...\n"
          "Links FLE objects, archives and shared libraries into an FLE\n"
          "executable or shared library.  An archive is an FLE archive\n"
          "(fle-ar) or a GNU ar archive (ar rc, ranlib) of FLE objects;\n"
          "inputs are recognised by content.\n"
          "  -o FILE            output (default a.out)\n"
          "  -e SYMBOL          entry point (default _start)\n"
          "  -L DIR             add DIR to the library search path\n"
          "  -l NAME            link DIR/libNAME.so or, failing that,\n"
          "                     DIR/libNAME.a from the search path\n"
          "  -l :FILE           link DIR/FILE from the search path\n"
          "  --start-group ... --end-group\n"
          "                     search these archives repeatedly\n"
          "  -pie               position-independent executable (base 0)\n"
          "  -shared            a shared library (.so, base 0, no entry)\n"
          "  -soname NAME       the name executables linked against this\n"
          "                     .so record as needed (default: as given)\n"
          "  -rpath DIR         where the loader looks for the needed\n"
          "                     libraries ($ORIGIN: the module's directory)\n"
          "  -Bsymbolic         a .so binds references to its own symbols\n"
          "  -E, --export-dynamic\n"
          "                     an executable exports all its symbols, not\n"
          "                     only those its libraries import\n"
          "  -z defs            an undefined symbol in a .so is an error\n"
          "                     (by default it is imported at load time)\n"
          "  -z now             the loader binds every function at start-up\n"
          "                     (\"bind_now\"); -z lazy, the default: at its\n"
          "                     first call\n"
          "  -static            -l finds archives only\n"
          "  --interp PATH      interpreter for the #! line (default: the\n"
          "                     fle-exec make install put beside this fle-ld,\n"
          "                     named in ../lib/fle/interp; in the build tree,\n"
          "                     " FLE_DEFAULT_INTERP ")\n"
          "  -Map FILE          write a link map\n"
          "  --trace[=SECTIONS] explain every decision on stdout; SECTIONS\n"
          "                     is a comma list of inputs, resolve, layout,\n"
          "                     relocs (plain --trace: those four, which sum\n"
          "                     up what happens inside libraries), their -all\n"
          "                     forms (relocs-all: libc's own relocations too)\n"
          "                     or all\n"
          "  --trace-symbol=SYM, -y SYM\n"
          "                     follow SYM: who references and defines it,\n"
          "                     how it resolved, each relocation using it\n"
          "  --input-name NAME  call the next input NAME in messages, the\n"
          "                     trace and the map (fle-cc names each object\n"
          "                     it compiles after its source, not its\n"
          "                     temporary file)\n"
          "  --time             print how long each pass took\n"
          "  --as-needed, -O1, -z KEYWORD, --gc-sections, --build-id,\n"
          "  --hash-style=...   accepted, as GNU ld accepts them, and without\n"
          "                     effect; --gc-sections keeps unused sections.\n"
          "                     -E, -rpath DIR and -soname have no effect on\n"
          "                     a static link either: there is no dynamic\n"
          "                     symbol table or library to record\n"
          "  --threads N        threads reading inputs, writing output (default: CPUs)\n"
          "  --help, --version\n");
}

// A file or -l input takes the name --input-name gave it.
static void add_arg(Link *ld, ArgKind kind, const char *value) {
  FLE_GROW(ld->args, ld->capargs, ld->nargs + 1);
  InputArg a = {.kind = kind, .value = value};
  if (kind == ARG_FILE || kind == ARG_LIB) {
    a.name = ld->next_name;
    ld->next_name = NULL;
  }
  ld->args[ld->nargs++] = a;
}

// Matches "-o X", "-oX" (short) or "--opt X", "--opt=X" (long).  Returns
// the value and advances *i, or NULL when argv[*i] is not this option.
static const char *opt_value(int argc, char **argv, int *i, const char *opt,
                             bool joined_short) {
  const char *a = argv[*i];
  size_t n = strlen(opt);
  if (strncmp(a, opt, n) != 0)
    return NULL;
  if (a[n] == '\0') {
    if (*i + 1 >= argc)
      fle_fatal("missing argument to %s", opt);
    return argv[++*i];
  }
  if (a[n] == '=' && !joined_short)
    return a + n + 1;
  if (joined_short)
    return a + n;
  return NULL;
}

static bool is(const char *a, const char *x, const char *y) {
  return strcmp(a, x) == 0 || (y && strcmp(a, y) == 0);
}

// -rpath DIR, or a colon list of them, as DT_RUNPATH holds.
static void add_rpath(Link *ld, const char *list) {
  for (const char *p = list;;) {
    size_t n = strcspn(p, ":");
    if (n) {
      FLE_GROW(ld->rpath, ld->caprpath, ld->nrpath + 1);
      ld->rpath[ld->nrpath++] = fle_xstrndup(p, n);
    }
    if (!p[n])
      return;
    p += n + 1;
  }
}

// -z defs and -z undefs, -z now and -z lazy; the other keywords (relro,
// noexecstack ...) are GNU ld's tables and make no difference here.
static void set_z_keyword(Link *ld, const char *k) {
  if (!*k)
    fle_fatal("missing argument to -z");
  if (strcmp(k, "defs") == 0)
    ld->zdefs = true;
  else if (strcmp(k, "undefs") == 0)
    ld->zdefs = false;
  else if (strcmp(k, "now") == 0)
    ld->znow = true;
  else if (strcmp(k, "lazy") == 0)
    ld->znow = false;
}

static bool parse_value_option(Link *ld, int argc, char **argv, int *i) {
  const char *v;
  if ((v = opt_value(argc, argv, i, "--entry", false)) ||
      (v = opt_value(argc, argv, i, "-e", true)))
    ld->entry = v;
  else if ((v = opt_value(argc, argv, i, "--interp", false)))
    ld->interp = v;
  else if ((v = opt_value(argc, argv, i, "-Map", false)) ||
           (v = opt_value(argc, argv, i, "--Map", false)))
    ld->mapfile = v;
  else if ((v = opt_value(argc, argv, i, "--trace-symbol", false)) ||
           (v = opt_value(argc, argv, i, "-y", true))) {
    FLE_GROW(ld->follow, ld->capfollow, ld->nfollow + 1);
    ld->follow[ld->nfollow++] = v;
  } else if ((v = opt_value(argc, argv, i, "--input-name", false))) {
    if (!*v)
      fle_fatal("--input-name needs a name");
    ld->next_name = v;
  } else if ((v = opt_value(argc, argv, i, "--threads", false)))
    ld->threads = atoi(v);
  else if ((v = opt_value(argc, argv, i, "-o", true)))
    ld->output = v;
  else if ((v = opt_value(argc, argv, i, "-soname", false)) ||
           (v = opt_value(argc, argv, i, "--soname", false)))
    ld->soname = v;
  else if ((v = opt_value(argc, argv, i, "-rpath", false)) ||
           (v = opt_value(argc, argv, i, "--rpath", false)))
    add_rpath(ld, v);
  else if ((v = opt_value(argc, argv, i, "-z", true)))
    set_z_keyword(ld, v);
  else if ((v = opt_value(argc, argv, i, "--library-path", false)) ||
           (v = opt_value(argc, argv, i, "-L", true))) {
    FLE_GROW(ld->libdirs, ld->caplibdirs, ld->nlibdirs + 1);
    ld->libdirs[ld->nlibdirs++] = v;
  } else if ((v = opt_value(argc, argv, i, "--library", false)) ||
             (v = opt_value(argc, argv, i, "-l", true)))
    add_arg(ld, ARG_LIB, v);
  else
    return false;
  return true;
}

// Options every makefile passes that only matter to GNU ld's own tables:
// a link is the same without them (--gc-sections: unused sections are
// kept, as --help says).
static bool is_noop(const char *a) {
  static const char *const flags[] = {
      "--gc-sections", "--no-gc-sections", "--as-needed", "--no-as-needed",
      "-O0", "-O1", "-O2", "-O3", "--build-id", "--build-id=none",
      "--eh-frame-hdr", "--hash-style=gnu", "--hash-style=sysv",
      "--hash-style=both", "-nostdlib", NULL};
  for (int k = 0; flags[k]; k++)
    if (strcmp(a, flags[k]) == 0)
      return true;
  return false;
}

static void parse_args(Link *ld, int argc, char **argv) {
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (is(a, "--help", "-h")) {
      usage(stdout);
      exit(0);
    } else if (is(a, "--version", "-v")) {
      printf("fle-ld (FLE toolchain) FLE version %d\n", FLE_VERSION);
      exit(0);
    } else if (is(a, "--start-group", "-(")) {
      add_arg(ld, ARG_GROUP_START, NULL);
    } else if (is(a, "--end-group", "-)")) {
      add_arg(ld, ARG_GROUP_END, NULL);
    } else if (is(a, "-pie", "--pie")) {
      ld->pie = true;
    } else if (is(a, "-no-pie", "--no-pie")) {
      ld->pie = false;
    } else if (is(a, "--trace", NULL)) {
      ld->trace = TRACE_DEFAULT;
    } else if (strncmp(a, "--trace=", 8) == 0) {
      ld->trace = parse_trace_sections(a + 8);
    } else if (is(a, "--time", NULL)) {
      ld->timing = true;
    } else if (is(a, "-shared", "-Bshareable")) {
      ld->shared = true;
    } else if (is(a, "-static", "-Bstatic")) {
      ld->static_only = true;
    } else if (is(a, "-Bdynamic", "-dy")) {
      ld->static_only = false;
    } else if (is(a, "-Bsymbolic", NULL)) {
      ld->bsymbolic = true;
    } else if (is(a, "-E", "--export-dynamic")) {
      ld->export_dynamic = true;
    } else if (is(a, "--no-export-dynamic", NULL)) {
      ld->export_dynamic = false;
    } else if (opt_value(argc, argv, &i, "-rpath-link", false)) {
      // where GNU ld finds the libraries of libraries: fle-ld reads none
    } else if (is_noop(a)) {
      // accepted as GNU ld accepts it, without effect
    } else if (a[0] == '-' && a[1] != '\0') {
      if (!parse_value_option(ld, argc, argv, &i))
        fle_fatal("unknown argument '%s'", a);
    } else {
      add_arg(ld, ARG_FILE, a);
    }
  }
}

static void check_args(Link *ld) {
  int depth = 0;
  bool any = false;
  for (size_t i = 0; i < ld->nargs; i++) {
    ArgKind k = ld->args[i].kind;
    any |= k == ARG_FILE || k == ARG_LIB;
    if (k == ARG_GROUP_START && depth++ > 0)
      fle_fatal("nested --start-group");
    if (k == ARG_GROUP_END && --depth < 0)
      fle_fatal("stray --end-group");
  }
  if (depth > 0)
    fle_fatal("missing --end-group");
  if (ld->next_name)
    fle_fatal("--input-name %s names no input: no file follows it", ld->next_name);
  if (!any)
    fle_fatal("no input files");
}

// The #! line's default.  make install writes the absolute path of the
// fle-exec it installs into lib/fle/interp, so programs linked by an
// installed toolchain start with no PATH search, even under env -i (as an
// ELF program names its loader by absolute path); the build tree has no
// such file and writes the portable "/usr/bin/env fle-exec".
static const char *default_interp(void) {
  char path[PATH_MAX], line[256];
  snprintf(path, sizeof path, "%s/../lib/fle/interp", fle_self_dir());
  FILE *f = fopen(path, "r");
  if (!f)
    return FLE_DEFAULT_INTERP;
  bool ok = fgets(line, sizeof line, f) != NULL;
  fclose(f);
  line[ok ? strcspn(line, "\n") : 0] = 0;
  // The kernel reads at most 256 bytes of a #! line.
  if (line[0] != '/' || strlen(line) > 200 || strchr(line, ' '))
    fle_fatal("%s: want one absolute path (no spaces, at most 200 bytes) of fle-exec", path);
  return fle_xstrdup(line);
}

// The heap is mimalloc's (build.mk links it, as mold does): each thread
// allocates from a heap of its own, so the threads reading inputs never
// wait for one another's malloc.  Its memory comes in huge pages where
// the kernel makes them on request (transparent_hugepage "madvise"): a
// link touches tens of MiB, and on a virtual machine each fresh 4 KiB
// page costs a fault of about 2 µs.  A sanitized build keeps the
// sanitizer's allocator.
static void heap_setup(void) {
#ifdef FLE_LD_MIMALLOC
  mi_option_set(mi_option_large_os_pages, 1);
#endif
}

int main(int argc, char **argv) {
  fle_tool = "fle-ld";
  heap_setup();
  // static: what the passes build stays reachable until exit (fle-ld
  // never frees; LeakSanitizer must not call that a leak).
  static Link ld = {.output = "a.out", .entry = "_start"};
  ld.interp = default_interp();
  fle_map_init(&ld.symmap);
  fle_map_init(&ld.osecmap);
  ld.threads = (int)sysconf(_SC_NPROCESSORS_ONLN);
  if (ld.threads > LD_MAX_THREADS)
    ld.threads = LD_MAX_THREADS;
  parse_args(&ld, argc, argv);
  check_args(&ld);
  ld.base = output_kind(&ld) == OUT_EXE ? LD_BASE : 0;
  pass_done(&ld, "start");

  // Read inputs: objects in order; archive members on demand.  Each
  // object's symbols are resolved against the table as it is read.
  read_inputs(&ld);
  fle_check_errors();
  pass_done(&ld, "read inputs");

  // Check symbols: linker-defined names, then every strong reference
  // must have found a definition (in a .so, it may be an import); what
  // the shared libraries import from this module is exported.
  define_linker_symbols(&ld);
  check_undefined(&ld);
  fle_check_errors();
  pass_done(&ld, "check symbols");

  // Create output sections; decide for each reference what it needs (a
  // GOT slot, a PLT entry, a copy, a load-time relocation) and make it
  // (dynamic.c's allocate_dynamic closes the scan).
  create_output_sections(&ld);
  scan_relocations(&ld);
  fle_check_errors();
  pass_done(&ld, "output sections");

  // Lay out: section and segment addresses, symbol values, the entry.
  layout(&ld);
  fle_check_errors();
  pass_done(&ld, "lay out");

  // Apply relocations into the output segments' bytes.
  copy_section_data(&ld);
  apply_relocations(&ld);
  fle_check_errors();
  pass_done(&ld, "relocate");

  // Write the executable (and the map).
  if (ld.mapfile)
    write_map(&ld);
  write_output(&ld);
  fle_check_errors();
  pass_done(&ld, "write");
  return 0;
}
