// fle-cc — a gcc-compatible driver that produces FLE.
//
//   fle-cc -c foo.c [-o foo.o]     compile with gcc, convert to FLE
//   fle-cc -S / -E                 exactly gcc's -S / -E
//   fle-cc a.c b.o libx.a -o prog  compile, convert, link with fle-ld
//   fle-cc -shared -fPIC a.c -o libx.so   a shared library
//
// By default C is compiled against minilibc's headers (plus gcc's own
// freestanding ones: stddef.h, stdarg.h, ...), and a link adds crt1.fle
// and minilibc's libc.a (a -shared link adds neither: the library's
// calls into libc stay imports, which the executable that loads it
// provides).  With -shared-libc the program (or library) is linked
// against minilibc's libc.so instead, and needs it at run time.
// Everything is found relative to this program:
// <bin>/../lib/fle/{include,crt1.fle,libc.a,libc.so} and <bin>/fle-ld, so
// the tools work from build/bin and after `make install` alike.  The
// link names them as gcc's does, -L<bin>/../lib/fle -l:crt1.fle ...
// -l:libc.a (or -lc, which finds libc.so), so fle-ld's trace and
// messages say crt1.fle and libc.a.
//
// As with gcc, the link's inputs keep the order they were given in:
// files, -l libraries and -Wl,/-Xlinker options alike, so
// "-Wl,--start-group -la -lb -Wl,--end-group" groups what it encloses.
//
// A source or an ELF object becomes a temporary FLE object for the link;
// fle-ld is told (--input-name) to call it as the user did, d2.c or
// d2.o, so no message, trace or map names fle-cc's temporary files.
//
// fle-cc makes x86-64 ELF64 objects only (that is what fle-as reads):
// flags that ask gcc for another target (-m32, -mx32, -m16, -miamcu,
// --target) are refused before anything is compiled.
#include "fle-as.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef FLE_GCC_INCLUDE
#define FLE_GCC_INCLUDE "/usr/lib/gcc/x86_64-linux-gnu/12/include"
#endif

typedef struct {
  char **v;
  size_t n, cap;
} Args;

static void push(Args *a, const char *s) {
  FLE_GROW(a->v, a->cap, a->n + 2);
  a->v[a->n++] = (char *)s;
  a->v[a->n] = NULL;
}

typedef enum { MODE_LINK, MODE_COMPILE, MODE_ASM, MODE_PRE } Mode;

// One link input, in command-line order: a file (a source to compile, an
// object or archive to convert or pass on), or an argument given to
// fle-ld as it is (-lNAME, a -Wl, or -Xlinker word).
typedef struct {
  const char *arg;
  bool raw;
  const char *lang; // -x LANG in force for this file, NULL: by its suffix
} Input;

typedef struct {
  Mode mode;
  const char *out;
  Args gcc;      // options for compiling
  Args ld;       // options for fle-ld that have no place (-L, -e, -pie)
  Input *inputs; // files, -l and linker words, in order
  size_t ninputs, capinputs;
  bool nostdlib, nostartfiles, nodefaultlibs, nostdinc, verbose, shared, shared_libc;
  const char *lang; // the current -x LANG, NULL after -x none
} Driver;

static void add_input(Driver *d, const char *arg, bool raw) {
  FLE_GROW(d->inputs, d->capinputs, d->ninputs + 1);
  d->inputs[d->ninputs++] = (Input){.arg = arg, .raw = raw, .lang = raw ? NULL : d->lang};
}

// Strings made for argument vectors, kept until exit.
static Args kept;

static char *keep(char *s) {
  push(&kept, s);
  return s;
}

static char *lib_path(const char *rel) {
  char *p = keep(fle_xmalloc(PATH_MAX));
  snprintf(p, PATH_MAX, "%s/../lib/fle/%s", fle_self_dir(), rel);
  return p;
}

static bool has_suffix(const char *s, const char *suf) {
  size_t n = strlen(s), m = strlen(suf);
  return n >= m && strcmp(s + n - m, suf) == 0;
}

static bool is_source(const char *s) {
  return has_suffix(s, ".c") || has_suffix(s, ".s") || has_suffix(s, ".S") ||
         has_suffix(s, ".i");
}

// A file gcc compiles: named by its suffix, or any file after -x LANG.
static bool is_source_input(const Input *in) {
  return !in->raw && (in->lang || is_source(in->arg));
}

// -x LANG (or -xLANG): how the files after it are read, as gcc's -x.
// "none" goes back to suffixes; only what makes x86-64 objects from C
// or assembly is taken.
static void set_language(Driver *d, const char *lang) {
  static const char *const known[] = {"c", "cpp-output", "assembler", "assembler-with-cpp",
                                      NULL};
  if (!strcmp(lang, "none")) {
    d->lang = NULL;
    return;
  }
  for (const char *const *k = known; *k; k++)
    if (!strcmp(lang, *k)) {
      d->lang = *k;
      return;
    }
  fle_fatal("language %s not supported: fle-cc compiles C and assembly", lang);
}

// Options that take their value as the next argument, for gcc.
static bool takes_value(const char *o) {
  static const char *const v[] = {"-I", "-D", "-U", "-include", "-isystem",
                                  "-idirafter", "-iquote", "-MF", "-MT", "-MQ"};
  for (size_t i = 0; i < sizeof v / sizeof *v; i++)
    if (!strcmp(o, v[i]))
      return true;
  return false;
}

// gcc flags that make something other than x86-64 ELF64 objects.
static const char *const other_targets[] = {"-m32", "-mx32", "-m16",
                                            "-miamcu", NULL};

// Refuses a flag that asks for another target, naming it.
static void check_target_flag(const char *a, const char *value) {
  for (const char *const *t = other_targets; *t; t++)
    if (!strcmp(a, *t))
      fle_fatal("unsupported target flag '%s'\n>>> FLE objects are x86-64 "
                "ELF64 (LP64) only", a);
  if (value && strncmp(value, "x86_64-", 7) != 0)
    fle_fatal("unsupported target '%s'\n>>> FLE objects are x86-64 ELF64 "
              "(LP64) only", value);
}

static void usage(void) {
  printf("usage: fle-cc [gcc options] FILES... [-o OUTPUT]\n"
         "  -c / -S / -E        compile to an FLE object / assembly / preprocess\n"
         "  without them        compile and link with crt1 and minilibc via fle-ld\n"
         "  -nostdlib           link neither crt1 nor minilibc\n"
         "  -static             -l links archives only (libNAME.a, not libNAME.so)\n"
         "  -shared             link a shared library (.so) with fle-ld -shared,\n"
         "                      without crt1 or minilibc (compile it -fPIC)\n"
         "  -shared-libc        link against minilibc's libc.so, not libc.a: the\n"
         "                      program needs libc.so at run time (fle-exec finds\n"
         "                      it beside itself, in ../lib/fle)\n"
         "  -L DIR -l NAME -e SYM -pie -Wl,OPT -Xlinker OPT   passed to fle-ld\n"
         "                      (-l, -Wl, and -Xlinker in place among the inputs;\n"
         "                      -l also searches the minilibc directory: libm,\n"
         "                      libpthread, libdl and librt are there, empty,\n"
         "                      as all is in libc.a)\n"
         "  -x LANG             the files after it are C (c, cpp-output) or\n"
         "                      assembly (assembler, assembler-with-cpp);\n"
         "                      -x none: by their suffix again\n"
         "  -I -D -U -O -g -std= -W -f -m        passed to gcc\n"
         "  -m32 -mx32 -m16 -miamcu --target=T   refused: x86-64 ELF64 only\n");
  exit(0);
}

static void parse(Driver *d, int argc, char **argv) {
  for (int i = 1; i < argc; i++) {
    char *a = argv[i];
    if (!strcmp(a, "--help")) usage();
    else if (!strcmp(a, "--version")) printf("fle-cc (FLE toolchain) FLE format %d\n", FLE_VERSION), exit(0);
    else if (!strcmp(a, "-c")) d->mode = MODE_COMPILE;
    else if (!strcmp(a, "-S")) d->mode = MODE_ASM;
    else if (!strcmp(a, "-E")) d->mode = MODE_PRE;
    else if (!strcmp(a, "-v")) d->verbose = true;
    else if (!strcmp(a, "-o")) {
      if (++i == argc) fle_fatal("missing filename after '-o'");
      d->out = argv[i];
    } else if (!strcmp(a, "-nostdlib")) d->nostdlib = true;
    else if (!strcmp(a, "-nostartfiles")) d->nostartfiles = true;
    else if (!strcmp(a, "-nodefaultlibs")) d->nodefaultlibs = true;
    else if (!strcmp(a, "-no-pie")) ;
    else if (!strcmp(a, "-static")) push(&d->ld, a); // -l finds archives only
    else if (!strcmp(a, "-pie") || !strcmp(a, "-static-pie")) push(&d->ld, "-pie");
    else if (!strcmp(a, "-shared")) d->shared = true, push(&d->ld, a);
    else if (!strcmp(a, "-shared-libc")) d->shared_libc = true;
    else if (!strcmp(a, "-nostdinc")) d->nostdinc = true, push(&d->gcc, a);
    else if (!strcmp(a, "-x")) {
      if (++i == argc) fle_fatal("missing argument to '-x'");
      set_language(d, argv[i]);
    } else if (!strncmp(a, "-x", 2)) set_language(d, a + 2);
    else if (!strncmp(a, "-Wl,", 4)) {
      for (char *t = strtok(keep(fle_xstrdup(a + 4)), ","); t; t = strtok(NULL, ","))
        add_input(d, t, true);
    } else if (!strcmp(a, "-Xlinker")) {
      if (++i == argc) fle_fatal("missing argument to '%s'", a);
      add_input(d, argv[i], true);
    } else if (!strcmp(a, "-L") || !strcmp(a, "-e") || !strcmp(a, "-l")) {
      if (++i == argc) fle_fatal("missing argument to '%s'", a);
      size_t n = strlen(argv[i]) + 3;
      char *opt = keep(fle_xmalloc(n));
      snprintf(opt, n, "%s%s", a, argv[i]);
      if (a[1] == 'l')
        add_input(d, opt, true);
      else
        push(&d->ld, opt);
    } else if (!strncmp(a, "-l", 2)) add_input(d, a, true);
    else if (!strncmp(a, "-L", 2) || !strncmp(a, "-e", 2)) push(&d->ld, a);
    else if (!strcmp(a, "-target") || !strcmp(a, "--target")) {
      if (++i == argc) fle_fatal("missing argument to '%s'", a);
      check_target_flag(a, argv[i]); // x86_64-*: the only target; dropped
    } else if (!strncmp(a, "--target=", 9)) check_target_flag(a, a + 9);
    else if (a[0] == '-' && a[1]) {
      check_target_flag(a, NULL);
      push(&d->gcc, a);
      if (takes_value(a) && i + 1 < argc)
        push(&d->gcc, argv[++i]);
    } else add_input(d, a, false);
  }
}

static void add_include_flags(Driver *d, Args *a) {
  if (d->nostdinc)
    return;
  push(a, "-nostdinc");
  push(a, "-isystem");
  push(a, lib_path("include"));
  push(a, "-isystem");
  push(a, FLE_GCC_INCLUDE);
}

static void show(Driver *d, Args *a) {
  if (!d->verbose)
    return;
  for (size_t i = 0; i < a->n; i++)
    fprintf(stderr, "%s%s", i ? " " : "", a->v[i]);
  fputc('\n', stderr);
}

// -E and -S are gcc's own jobs, with our headers.
static int run_gcc_only(Driver *d, int argc, char **argv) {
  Args a = {0};
  push(&a, "gcc");
  add_include_flags(d, &a);
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "-target") || !strcmp(argv[i], "--target"))
      i++; // x86_64-*, checked by parse(): gcc's own target
    else if (strcmp(argv[i], "-v") && strncmp(argv[i], "--target=", 9))
      push(&a, argv[i]);
  }
  show(d, &a);
  int st = run_cmd(a.v);
  free(a.v);
  return st;
}

// Compiles (or assembles) one source into an FLE object at out.
static void compile(Driver *d, const Input *in, const char *out) {
  const char *src = in->arg;
  char *obj = tmp_name(".o");
  Args a = {0};
  push(&a, "gcc");
  bool assembly = in->lang ? !strncmp(in->lang, "assembler", 9)
                           : has_suffix(src, ".s") || has_suffix(src, ".S");
  if (!assembly)
    add_include_flags(d, &a);
  for (size_t i = 0; i < d->gcc.n; i++)
    push(&a, d->gcc.v[i]);
  // -flto objects hold GCC's intermediate code, which no FLE tool links:
  // makefiles that ask for it get ordinary objects, as the last flag wins.
  push(&a, "-fno-lto");
  push(&a, "-c");
  if (in->lang) {
    push(&a, "-x");
    push(&a, in->lang);
  }
  push(&a, src);
  push(&a, "-o");
  push(&a, obj);
  show(d, &a);
  int st = run_cmd(a.v);
  if (st)
    exit(st);
  FleFile *f = elf_to_fle(obj, src);
  if (!f)
    exit(1);
  int rc = fle_write(f, out);
  fle_free(f);
  if (rc)
    fle_fatal("%s", fle_error());
  free(a.v);
  free(obj);
}

static char *object_name(const char *src) {
  const char *base = strrchr(src, '/');
  base = base ? base + 1 : src;
  const char *dot = strrchr(base, '.');
  size_t n = dot ? (size_t)(dot - base) : strlen(base);
  char *o = fle_xmalloc(n + 3);
  memcpy(o, base, n);
  strcpy(o + n, ".o");
  return o;
}

// gcc's rule, checked before anything runs: no output may be one of the
// inputs (a source, an object, an archive), or the input is lost.  -c
// without -o writes each source's own object; -S and -E without -o
// write what gcc chooses.
static void check_outputs(Driver *d) {
  for (size_t i = 0; i < d->ninputs; i++) {
    const char *in = d->inputs[i].arg;
    if (d->inputs[i].raw)
      continue; // -lNAME, a linker option
    if (d->out || d->mode == MODE_LINK)
      fle_check_not_output(in, d->out ? d->out : "a.out");
    else if (d->mode == MODE_COMPILE && is_source_input(&d->inputs[i])) {
      char *obj = object_name(in);
      fle_check_not_output(in, obj);
      free(obj);
    }
  }
}

// An input of a link as fle-ld will see it: sources compiled, ELF
// objects converted, FLE files as they are.
static const char *link_input(Driver *d, const Input *input) {
  const char *in = input->arg;
  if (input->raw)
    return in;
  if (is_source_input(input)) {
    char *out = keep(tmp_name(".fle"));
    compile(d, input, out);
    return out;
  }
  if (access(in, R_OK) != 0)
    fle_fatal("%s: No such file or directory", in);
  if (is_elf_file(in)) {
    FleFile *f = elf_to_fle(in, in);
    char *out = keep(tmp_name(".fle"));
    if (!f)
      exit(1);
    int rc = fle_write(f, out);
    fle_free(f);
    if (rc)
      fle_fatal("%s", fle_error());
    return out;
  }
  return in;
}

static bool has_lib_option(const Driver *d) {
  for (size_t i = 0; i < d->ninputs; i++)
    if (d->inputs[i].raw && !strncmp(d->inputs[i].arg, "-l", 2))
      return true;
  return false;
}

static int do_link(Driver *d) {
  Args a = {0};
  char ld[PATH_MAX];
  snprintf(ld, sizeof ld, "%s/fle-ld", fle_self_dir());
  push(&a, ld);
  push(&a, "-o");
  push(&a, d->out ? d->out : "a.out");
  for (size_t i = 0; i < d->ld.n; i++)
    push(&a, d->ld.v[i]);
  bool crt1 = !d->nostdlib && !d->nostartfiles && !d->shared;
  bool libc = !d->nostdlib && !d->nodefaultlibs && (!d->shared || d->shared_libc);
  if (crt1 || libc || has_lib_option(d)) {
    // After the user's -L, as gcc's own directories come after them:
    // -lm finds libm.a there too.
    char *dir = keep(fle_xmalloc(PATH_MAX + 2));
    snprintf(dir, PATH_MAX + 2, "-L%s", lib_path(""));
    dir[strlen(dir) - 1] = '\0'; // no trailing '/'
    push(&a, dir);
  }
  if (crt1)
    push(&a, "-l:crt1.fle");
  for (size_t i = 0; i < d->ninputs; i++) {
    const char *in = link_input(d, &d->inputs[i]);
    if (in != d->inputs[i].arg) { // a temporary: called as the user wrote it
      push(&a, "--input-name");
      push(&a, d->inputs[i].arg);
    }
    push(&a, in);
  }
  if (libc) // -lc would find libc.so beside libc.a
    push(&a, d->shared_libc ? "-lc" : "-l:libc.a");
  show(d, &a);
  int st = run_cmd(a.v);
  free(a.v);
  return st;
}

// Static: what parse() collects stays reachable until exit.
static Driver d;

int main(int argc, char **argv) {
  fle_tool = "fle-cc";
  parse(&d, argc, argv);
  check_outputs(&d);
  if (d.mode == MODE_PRE || d.mode == MODE_ASM)
    return run_gcc_only(&d, argc, argv);
  size_t nfiles = 0;
  for (size_t i = 0; i < d.ninputs; i++)
    nfiles += !d.inputs[i].raw || !strncmp(d.inputs[i].arg, "-l", 2);
  if (nfiles == 0)
    fle_fatal("no input files");
  if (d.mode == MODE_LINK)
    return do_link(&d);
  size_t nsrc = 0;
  for (size_t i = 0; i < d.ninputs; i++)
    nsrc += is_source_input(&d.inputs[i]);
  if (d.out && nsrc > 1)
    fle_fatal("cannot specify '-o' with '-c' with multiple files");
  for (size_t i = 0; i < d.ninputs; i++) {
    const char *in = d.inputs[i].arg;
    if (!is_source_input(&d.inputs[i]))
      continue; // like gcc: objects are ignored without a link
    char *obj = d.out ? NULL : object_name(in);
    compile(&d, &d.inputs[i], d.out ? d.out : obj);
    free(obj);
  }
  return 0;
}
