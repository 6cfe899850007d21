// input.c — reading inputs: objects, archives, shared libraries, -l
// libraries, groups.
//
// Inputs are taken in command-line order and recognised by content
// (fle_read_input says whether a file is an object, an archive, FLE or
// a GNU ar archive of FLE objects, or a linked image: a ".so" is one with
// `shared` set), never by extension.  An object is always linked.  A
// shared library is not copied: its exports define symbols for the link
// (imports of the output), its imports are references like an object's,
// and it is recorded in the output's "needed", by its soname if it has
// one, else by the name it was given (libNAME.so for -lNAME).  An archive is a bag of members: a member is pulled in only when it defines a symbol that is
// still undefined (a strong reference; weak references pull nothing),
// and the archive is searched again until a pass pulls nothing, so
// members that need each other are all found.  Archives between
// --start-group and --end-group are searched together, repeatedly, until
// none of them pulls anything: that is how cycles between libraries
// (libc needs libgcc needs libc) are linked.  Members never pulled stay
// out of the executable.
//
// Reading is most of a link's time (parsing JSON), and the order of
// resolution does not depend on it, so every input is first read in
// parallel (--threads, default one thread per CPU) and then resolved one
// by one in command-line order, exactly as if read serially.  A file that
// fails to read is read again serially, so its message is deterministic.
#include "ld.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

InputFile *new_input_file(Link *ld, FleFile *obj, const char *name) {
  InputFile *f = fle_xcalloc(1, sizeof *f);
  f->obj = obj;
  f->name = fle_xstrdup(name);
  f->gsyms = fle_xcalloc(obj->nsyms ? obj->nsyms : 1, sizeof *f->gsyms);
  f->secout = fle_xcalloc(obj->nsections ? obj->nsections : 1,
                          sizeof *f->secout);
  f->secoff = fle_xcalloc(obj->nsections ? obj->nsections : 1,
                          sizeof *f->secoff);
  FLE_GROW(ld->files, ld->capfiles, ld->nfiles + 1);
  ld->files[ld->nfiles++] = f;
  return f;
}

static void add_object(Link *ld, FleFile *obj, const char *name, bool library) {
  InputFile *f = new_input_file(ld, obj, name);
  f->library = library;
  tracef(ld, TRACE_INPUTS, NULL, "%s: object, %zu section%s, %zu symbol%s\n",
         name, obj->nsections, obj->nsections == 1 ? "" : "s",
         obj->nsyms - obj->nsections,
         obj->nsyms - obj->nsections == 1 ? "" : "s");
  trace_references(ld, f);
  resolve_file(ld, f);
}

// Pulls member m of archive a, naming the symbol that made it needed.
static void pull_member(Link *ld, Archive *a, size_t m, const char *why) {
  FleFile *obj = a->ar->members[m];
  char name[4096];
  snprintf(name, sizeof name, "%s(%s)", a->path, obj->path);
  a->pulled[m] = true;
  if (tracing(ld, TRACE_INPUTS, why)) {
    Symbol *s = sym_lookup(ld, why);
    printf("pulled in %s to define %s, referenced by %s\n", name, why,
           s && s->reffile ? s->reffile->name : "the command line");
  }
  InputFile *f = new_input_file(ld, obj, name);
  f->library = true;
  trace_references(ld, f);
  resolve_file(ld, f);
}

// One pass over the archive's index; returns whether anything was pulled.
static bool search_archive_once(Link *ld, Archive *a) {
  bool pulled = false;
  FleFile *ar = a->ar;
  for (size_t i = 0; i < ar->nindex; i++) {
    size_t m = ar->index_member[i];
    if (m >= ar->nmembers || a->pulled[m])
      continue;
    Symbol *s = sym_lookup(ld, ar->index_syms[i]);
    if (s && is_undefined_strong(s)) {
      pull_member(ld, a, m, ar->index_syms[i]);
      pulled = true;
    }
  }
  return pulled;
}

// Searches until nothing changes; returns whether anything was pulled.
static bool search_archive(Link *ld, Archive *a) {
  bool any = false;
  while (search_archive_once(ld, a))
    any = true;
  return any;
}

static Archive *add_archive(Link *ld, FleFile *ar, const char *path) {
  Archive *a = fle_xcalloc(1, sizeof *a);
  if (ar->nindex == 0 && ar->nmembers > 0)
    fle_build_index(ar); // written by a tool that left the index out
  a->ar = ar;
  a->path = fle_xstrdup(path);
  a->pulled = fle_xcalloc(ar->nmembers ? ar->nmembers : 1, 1);
  FLE_GROW(ld->archives, ld->caparchives, ld->narchives + 1);
  ld->archives[ld->narchives++] = a;
  tracef(ld, TRACE_INPUTS, NULL,
         "%s: archive, %zu members, %zu indexed symbols\n", path, ar->nmembers,
         ar->nindex);
  return a;
}

// A shared library joins the link: its exports define symbols, its
// imports are references (an import no one defines is an undefined
// symbol, reported naming the library).
static void add_shared(Link *ld, FleFile *so, const char *name,
                       const char *given) {
  InputFile *f = fle_xcalloc(1, sizeof *f);
  f->obj = so;
  f->name = fle_xstrdup(name);
  f->shared = true;
  f->library = true;
  f->gsyms = fle_xcalloc(so->nsyms ? so->nsyms : 1, sizeof *f->gsyms);
  f->needed = fle_xstrdup(so->soname ? so->soname : given);
  FLE_GROW(ld->dsos, ld->capdsos, ld->ndsos + 1);
  ld->dsos[ld->ndsos++] = f;
  size_t nimports = 0;
  for (size_t i = 0; i < so->nsyms; i++)
    nimports += so->syms[i].section == FLE_UNDEF;
  tracef(ld, TRACE_INPUTS, NULL,
         "%s: shared library, %zu export%s, %zu import%s, needed as %s\n",
         name, so->nexports, so->nexports == 1 ? "" : "s", nimports,
         nimports == 1 ? "" : "s", f->needed);
  trace_references(ld, f);
  resolve_shared(ld, f);
}

// The file -lNAME names, with suffix ".so" or ".a"; or FILE for -l:FILE
// (GNU ld's form, which fle-cc uses for crt1.fle).  Messages and the
// trace call the library by this name, as the user did, wherever the
// search found it.
static char *library_file(const char *name, const char *suffix) {
  if (name[0] == ':')
    return fle_xstrdup(name + 1);
  size_t n = strlen(name) + strlen(suffix) + 4;
  char *p = fle_xmalloc(n);
  snprintf(p, n, "lib%s%s", name, suffix);
  return p;
}

static char *dir_file(const char *dir, const char *file) {
  size_t n = strlen(dir) + strlen(file) + 2;
  char *p = fle_xmalloc(n);
  snprintf(p, n, "%s/%s", dir, file);
  return p;
}

// Finds the file -lNAME names in the -L directories, in order; in each,
// libNAME.so before libNAME.a unless -static.
static char *find_library(Link *ld, const char *name) {
  const char *suffixes[] = {".so", ".a"};
  for (size_t i = 0; i < ld->nlibdirs; i++) {
    for (int k = ld->static_only || name[0] == ':'; k < 2; k++) {
      char *file = library_file(name, suffixes[k]);
      char *p = file[0] ? dir_file(ld->libdirs[i], file) : NULL;
      free(file);
      if (p && access(p, F_OK) == 0)
        return p;
      free(p);
    }
  }
  return NULL;
}

// ------------------------------------------------------ parallel read

typedef struct {
  const char **paths;  // per arg: the file to read, or NULL
  FleFile **files;     // per arg: what was read
  uint64_t *dev, *ino; // per arg: the regular file read (0 when none)
  size_t n;
  atomic_size_t next;
} Preload;

static void *preload_worker(void *arg) {
  Preload *p = arg;
  FleReadBuf rb = {0};
  for (;;) {
    size_t i = atomic_fetch_add(&p->next, 1);
    if (i >= p->n)
      break;
    if (!p->paths[i])
      continue;
    p->files[i] = fle_read_input_into(p->paths[i], &rb);
    p->dev[i] = rb.dev;
    p->ino[i] = rb.ino;
  }
  free(rb.p);
  return NULL;
}

// An output that is also an input would be lost with the link's result
// in its place (-l paths are known only once found).  Nothing is
// written before this check; which file each input is, the reader said.
static void check_not_output(Preload *p, const char *out) {
  struct stat o;
  if (!out || !strcmp(out, "-") || stat(out, &o) != 0 || !S_ISREG(o.st_mode))
    return;
  for (size_t i = 0; i < p->n; i++)
    if (p->paths[i] && p->ino[i] == o.st_ino && p->dev[i] == o.st_dev)
      fle_fatal("input file '%s' is the same as output file", p->paths[i]);
}

static void preload(Link *ld, Preload *p) {
  p->n = ld->nargs;
  p->paths = fle_xcalloc(p->n + 1, sizeof *p->paths);
  p->files = fle_xcalloc(p->n + 1, sizeof *p->files);
  p->dev = fle_xcalloc(p->n + 1, sizeof *p->dev);
  p->ino = fle_xcalloc(p->n + 1, sizeof *p->ino);
  for (size_t i = 0; i < ld->nargs; i++) {
    InputArg *a = &ld->args[i];
    if (a->kind == ARG_FILE)
      p->paths[i] = a->value;
    else if (a->kind == ARG_LIB)
      p->paths[i] = a->found = find_library(ld, a->value);
  }
  atomic_init(&p->next, 0);
  on_threads(ld, preload_worker, p);
  check_not_output(p, ld->output);
  check_not_output(p, ld->mapfile);
  free(p->dev);
  free(p->ino);
}

// Reads one input (or takes it preloaded); returns the archive it was,
// or NULL.  name is how the user named it (path, or libNAME.a for -l);
// renamed: given by --input-name, so that even an error reading the
// file calls it so (fle-cc's temporary files are nothing to the user).
static Archive *read_one(Link *ld, const char *path, const char *name,
                         bool library, FleFile *pre, bool renamed,
                         const char *given) {
  FleFile *f = pre ? pre : fle_read_input(path);
  const char *shown = renamed ? name : path;
  if (!f) {
    const char *e = fle_error();
    size_t n = strlen(path);
    if (renamed && strncmp(e, path, n) == 0)
      fle_errorf("%s%s", name, e + n);
    else
      fle_errorf("%s", e);
    return NULL;
  }
  FLE_GROW(ld->loaded, ld->caploaded, ld->nloaded + 1);
  ld->loaded[ld->nloaded++] = f;
  if (f->kind == FLE_EXE && f->shared) {
    if (ld->static_only)
      fle_errorf("attempted static link of dynamic object %s", shown);
    else
      add_shared(ld, f, name, given);
    return NULL;
  }
  if (f->kind == FLE_EXE) {
    fle_errorf("%s: is an executable, not an object or archive", shown);
    return NULL;
  }
  if (f->kind == FLE_OBJ) {
    add_object(ld, f, name, library);
    return NULL;
  }
  return add_archive(ld, f, name);
}

// Searches a group's archives again and again until none pulls.
static void search_group(Link *ld, size_t first) {
  bool again = true;
  while (again) {
    again = false;
    for (size_t g = first; g < ld->narchives; g++)
      again |= search_archive(ld, ld->archives[g]);
  }
}

static void trace_heading(Link *ld) {
  unsigned both = TRACE_INPUTS | TRACE_RESOLVE;
  if ((ld->trace & both) == both)
    printf("== inputs and symbol resolution\n");
  else if (ld->trace & both)
    printf("== %s\n",
           ld->trace & TRACE_INPUTS ? "inputs" : "symbol resolution");
}

void read_inputs(Link *ld) {
  trace_heading(ld);
  // The entry symbol is a reference like any other: it can pull a member.
  // A .so has none.
  if (output_kind(ld) != OUT_SHARED)
    sym_intern(ld, ld->entry)->bind = STB_GLOBAL;

  Preload pre = {0};
  preload(ld, &pre);
  size_t group_start = 0;
  for (size_t i = 0; i < ld->nargs; i++) {
    InputArg *arg = &ld->args[i];
    switch (arg->kind) {
    case ARG_GROUP_START:
      group_start = ld->narchives;
      break;
    case ARG_GROUP_END:
      search_group(ld, group_start);
      break;
    case ARG_LIB:
      if (!pre.paths[i]) {
        fle_errorf("unable to find library -l%s", arg->value);
        break;
      }
      // fall through
    case ARG_FILE: {
      // -lNAME: called by the file name the search found (libNAME.so or
      // libNAME.a), without its directory.
      bool lib = arg->kind == ARG_LIB;
      const char *base = lib ? strrchr(pre.paths[i], '/') : NULL;
      base = lib && arg->value[0] == ':' ? arg->value + 1
             : base                      ? base + 1
                                         : pre.paths[i];
      const char *shown = arg->name ? arg->name : lib ? base : arg->value;
      Archive *a = read_one(ld, pre.paths[i], shown, lib, pre.files[i],
                            arg->name != NULL, lib ? base : arg->value);
      if (a)
        search_archive(ld, a);
      break;
    }
    }
  }
  for (size_t g = 0; g < ld->narchives; g++)
    trace_left_out(ld, ld->archives[g]);
  free(pre.paths); // the -l paths stay in ld->args: archives and messages use them
  free(pre.files);
}
