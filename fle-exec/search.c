// search.c — the resolver: which files a dynamic program's libraries are.
//
// Starting from the executable, breadth first, each module's "needed"
// names are looked up (spec/abi.md §9), as ld.so looks up DT_NEEDED:
//
//   - a name with a '/' is a path, relative to the current directory;
//   - otherwise, in turn: each directory of FLE_LIBRARY_PATH (a colon
//     list; empty entries are skipped), the needing module's "runpath"
//     ($ORIGIN standing for the directory of that module's file; the
//     executable's with symbolic links followed, as ld.so's), and
//     the installed lib/fle (<fle-exec's directory>/../lib/fle).
//
// A library is loaded once: a name already loaded (as the name that
// needed it, or as its soname) is not searched again, and a file found
// under a second name (same device and inode) is the module it was.
// Cycles therefore end by themselves.
//
// Each library is read and validated whole, as the program was (a file
// that is not a .so is refused).  Any failure here ends the load with
// EXIT_DYNAMIC, as ld.so's, before anything is mapped.  `--list` (an
// ldd) runs this same search and prints each library's place instead.
#include "fle-exec.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

// The paths tried for one name, for the "cannot find" message.
typedef struct {
  char **paths;
  size_t n, cap;
} Tried;

static char *join(const char *dir, const char *name) {
  size_t a = strlen(dir), b = strlen(name);
  char *p = fle_xmalloc(a + b + 2);
  memcpy(p, dir, a);
  p[a] = '/';
  memcpy(p + a + 1, name, b + 1);
  return p;
}

// The directory of a file's path: "." when it has no '/'.
static char *dir_of(const char *path) {
  const char *slash = strrchr(path, '/');
  if (!slash)
    return fle_xstrdup(".");
  return fle_xstrndup(path, slash == path ? 1 : (size_t)(slash - path));
}

// $ORIGIN for module m: the directory of its file as it was opened; for
// the executable, of the file itself, symbolic links followed (as
// ld.so takes it from /proc/self/exe).  A module loaded before (a
// dlopen's stub) kept its own.
char *origin_of(const Module *m) {
  if (!m->f)
    return fle_xstrdup(m->rt->origin);
  char *real = m->needed_by == -1 ? realpath(m->path, NULL) : NULL;
  return dir_of(real ? real : m->path);
}

// A runpath entry with $ORIGIN (or ${ORIGIN}) replaced by origin.
static char *expand_origin(const char *dir, const char *origin) {
  char *out = fle_xmalloc(strlen(dir) * (strlen(origin) + 1) + 1), *o = out;
  for (const char *p = dir; *p;) {
    size_t skip = strncmp(p, "$ORIGIN", 7) == 0     ? 7
                  : strncmp(p, "${ORIGIN}", 9) == 0 ? 9
                                                     : 0;
    if (skip) {
      o = stpcpy(o, origin);
      p += skip;
    } else {
      *o++ = *p++;
    }
  }
  *o = 0;
  return out;
}

static bool is_file(const char *path, struct stat *st) {
  return stat(path, st) == 0 && S_ISREG(st->st_mode);
}

// dir/name, if that is a file; records the try.
static char *try_dir(const char *dir, const char *name, Tried *t, struct stat *st) {
  char *p = join(dir, name);
  if (is_file(p, st))
    return p;
  FLE_GROW(t->paths, t->cap, t->n + 1);
  t->paths[t->n++] = p;
  return NULL;
}

// Each directory of a colon list.
static char *try_list(const char *list, const char *name, Tried *t, struct stat *st) {
  for (const char *p = list; p && *p;) {
    const char *colon = strchr(p, ':');
    size_t n = colon ? (size_t)(colon - p) : strlen(p);
    char *found = NULL;
    if (n) {
      char *dir = fle_xstrndup(p, n);
      found = try_dir(dir, name, t, st);
    }
    if (found)
      return found;
    p = colon ? colon + 1 : NULL;
  }
  return NULL;
}

// Where name, needed by module m, is; NULL if nowhere.  *why says by
// which rule it was found.
static char *find_library(const Loader *L, const Module *m, const char *name,
                          Tried *t, struct stat *st, char **why) {
  char *p;
  if (strchr(name, '/')) {
    *why = fle_xstrdup("by its path");
    if (is_file(name, st))
      return fle_xstrdup(name);
    FLE_GROW(t->paths, t->cap, t->n + 1);
    t->paths[t->n++] = fle_xstrdup(name);
    return NULL;
  }
  if ((p = try_list(L->library_path, name, t, st))) {
    *why = fle_xstrdup("in FLE_LIBRARY_PATH");
    return p;
  }
  char *origin = origin_of(m);
  char *const *runpath = m->f ? m->f->runpath : m->rt->runpath;
  size_t nrunpath = m->f ? m->f->nrunpath : m->rt->nrunpath;
  for (size_t i = 0; i < nrunpath; i++) {
    char *dir = expand_origin(runpath[i], origin);
    if ((p = try_dir(dir, name, t, st))) {
      size_t n = strlen(runpath[i]) + strlen(m->name) + 32;
      *why = fle_xmalloc(n);
      snprintf(*why, n, "in the runpath %s of %s", runpath[i], m->name);
      return p;
    }
  }
  if ((p = try_dir(L->default_dir, name, t, st))) {
    *why = fle_xstrdup("in the default directory");
    return p;
  }
  return NULL;
}

// A stub for a module loaded before this dlopen: its record only.
size_t loader_stub(Loader *L, RtModule *r) {
  for (size_t i = 0; i < L->nmods; i++)
    if (L->mods[i].rt == r)
      return i;
  FLE_GROW(L->mods, L->capmods, L->nmods + 1);
  L->mods[L->nmods] = (Module){.path = (char *)r->path, .name = r->name, .rt = r,
                               .dev = r->dev, .ino = r->ino, .needed_by = -2};
  return L->nmods++;
}

static int loaded_by_name(Loader *L, const char *name) {
  for (size_t i = 1; i < L->nmods; i++) {
    const Module *m = &L->mods[i];
    const char *soname = m->f ? m->f->soname : m->rt->soname;
    if (strcmp(m->name, name) == 0 || (soname && strcmp(soname, name) == 0))
      return (int)i;
  }
  for (RtModule *r = L->rt ? L->rt->first : NULL; r; r = r->next)
    if (r != L->rt->first && (strcmp(r->name, name) == 0 || (r->soname && strcmp(r->soname, name) == 0)))
      return (int)loader_stub(L, r);
  return -1;
}

static int loaded_by_file(Loader *L, const struct stat *st) {
  for (size_t i = 0; i < L->nmods; i++)
    if (L->mods[i].dev == (uint64_t)st->st_dev && L->mods[i].ino == (uint64_t)st->st_ino)
      return (int)i;
  for (RtModule *r = L->rt ? L->rt->first : NULL; r; r = r->next)
    if (r->dev == (uint64_t)st->st_dev && r->ino == (uint64_t)st->st_ino)
      return (int)loader_stub(L, r);
  return -1;
}

// "cannot find NAME (needed by M)" and every path tried; ends the load.
// Inside a dlopen, glibc's words for dlerror.
static _Noreturn void not_found(Loader *L, const Module *m, const char *name, const Tried *t) {
  if (L->fail)
    loader_fail(L, EXIT_DYNAMIC, "%s: cannot open shared object file: No such file or directory",
                name);
  fprintf(stderr, "fle-exec: error: cannot find %s (needed by %s)\n", name, m->name);
  for (size_t i = 0; i < t->n; i++)
    fprintf(stderr, ">>> tried %s\n", t->paths[i]);
  exit(EXIT_DYNAMIC);
}

// Reads and checks a library: a .so, valid as any image.  by: the module
// that needs it, NULL for a dlopen's.
static FleFile *read_library(Loader *L, const char *file, const char *by) {
  const char *buf;
  size_t len;
  char needed[300] = "";
  if (by)
    snprintf(needed, sizeof needed, " (needed by %s)", by);
  int rc = fle_map_file(file, &buf, &len);
  if (rc < 0)
    loader_fail(L, EXIT_DYNAMIC, "%s: %s%s", file,
                rc == -2 ? "not a regular file" : strerror(errno), needed);
  const char *what = fle_sniff(buf, len);
  if (what)
    loader_fail(L, EXIT_DYNAMIC, "%s: not an FLE file (%s)%s", file, what, needed);
  FleFile *f = fle_read_mem(file, buf, len);
  fle_unmap_file(buf, len);
  if (!f)
    loader_fail(L, EXIT_DYNAMIC, "%s", fle_error());
  if (f->kind != FLE_EXE || !f->shared)
    loader_fail(L, EXIT_DYNAMIC, "%s: not a shared library: it is %s%s", file,
                f->kind == FLE_OBJ ? "an object file (.obj)"
                : f->kind == FLE_AR ? "an archive (.ar)"
                                    : "an executable",
                needed);
  if (validate(f, file, L->opt) < 0)
    loader_fail(L, EXIT_DYNAMIC, NULL);
  return f;
}

static size_t add_module(Loader *L, size_t by, const char *name, char *path,
                         const struct stat *st, char *why) {
  FLE_GROW(L->mods, L->capmods, L->nmods + 1);
  FleFile *f = read_library(L, path, L->mods[by].needed_by == -3 ? NULL : L->mods[by].name);
  Module *m = &L->mods[L->nmods];
  *m = (Module){.path = path, .name = name, .f = f, .dev = (uint64_t)st->st_dev,
                .ino = (uint64_t)st->st_ino, .needed_by = (int)by, .found = why};
  return L->nmods++;
}

static void add_dep(Module *m, size_t dep) {
  m->deps = fle_xrealloc(m->deps, (m->ndeps + 1) * sizeof *m->deps);
  m->deps[m->ndeps++] = dep;
}

static void list_line(const Loader *L, const char *name, const char *path, size_t by) {
  if (L->opt->list)
    printf("%s => %s (needed by %s)\n", name, path ? path : "not found", L->mods[by].name);
}

// The module for the name module i needs: loaded already, or found and
// read now.  -1 only with --list, for a library not found.
int loader_find(Loader *L, size_t i, const char *name) {
  int k = loaded_by_name(L, name);
  if (k >= 0)
    return k;
  Tried t = {0};
  struct stat st;
  char *why = NULL;
  char *path = find_library(L, &L->mods[i], name, &t, &st, &why);
  if (!path && L->opt->list) {
    list_line(L, name, NULL, i);
    L->nmissing++;
    return -1;
  }
  if (!path)
    not_found(L, &L->mods[i], name, &t);
  if ((k = loaded_by_file(L, &st)) >= 0)
    return k;
  list_line(L, name, path, i);
  return (int)add_module(L, i, name, path, &st, why);
}

void loader_init(Loader *L, const Options *opt, FleFile *exe, const char *path,
                 char **envp) {
  *L = (Loader){.opt = opt};
  for (char **e = envp; *e; e++)
    if (strncmp(*e, "FLE_LIBRARY_PATH=", 17) == 0)
      L->library_path = *e + 17;
    else if (strncmp(*e, "FLE_BIND_NOW=", 13) == 0)
      L->bind_now = (*e)[13] != 0;   // as LD_BIND_NOW: any value but empty
  L->default_dir = join(fle_self_dir(), "../lib/fle");
  FLE_GROW(L->mods, L->capmods, 1);
  struct stat st = {0};
  stat(path, &st);
  L->mods[0] = (Module){.path = fle_xstrdup(path), .name = path, .f = exe,
                        .dev = (uint64_t)st.st_dev, .ino = (uint64_t)st.st_ino,
                        .needed_by = -1};
  L->nmods = 1;
}

// Breadth first: the list grows while it is walked.  A module loaded
// before (a stub) brings the modules it needs, loaded before too.
void loader_resolve(Loader *L) {
  for (size_t i = 0; i < L->nmods; i++) {
    Module *m = &L->mods[i];
    if (m->needed_by == -3)
      continue; // a dlopen's caller: not part of what it loads
    if (!m->f) {
      for (uint32_t d = 0; d < m->rt->ndeps; d++)
        add_dep(&L->mods[i], loader_stub(L, m->rt->deps[d]));
      continue;
    }
    for (size_t j = 0; j < L->mods[i].f->nneeded; j++) {
      int k = loader_find(L, i, L->mods[i].f->needed[j]);
      if (k >= 0)
        add_dep(&L->mods[i], (size_t)k);
    }
  }
}
