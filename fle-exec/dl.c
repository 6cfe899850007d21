// dl.c — dlopen, dlsym, dladdr, dlclose: the loader's side (spec/abi.md §10).
//
// A dynamic program finds, at AT_FLE_DL in its auxv, a read-only table
// of entry points into this file; minilibc's <dlfcn.h> functions call
// them (it runs the constructors and destructors itself, from the
// modules the "due" entry lists).  Each entry is the loader again, for
// the length of a call: with every signal blocked, it switches the
// thread pointer to the loader's own (its libc keeps errno there), makes
// the resident records writable, and does the work with the same code
// that loaded the program — search.c finds and reads the files,
// dynamic.c maps, relocates and protects them — then frees everything
// it allocated on the way (arena.c), write-protects the records and
// switches back.  A failure anywhere comes back here (loader_fail's
// longjmp) with the message for dlerror, and what was mapped is
// unmapped: a dlopen never exits.
//
// References: the handle a dlopen returns counts once; each module a
// dlopen loaded counts once more for each module loaded after it that
// needs it, or bound one of its symbols at load time (through
// RTLD_GLOBAL: glibc's l_reldeps).  At zero a module is unloaded —
// unmapped, its records freed — with the dependencies that only it
// kept, unless a PLT slot of a module outside that set still points
// into it (a first call bound it there).  Then it stays loaded, for
// good, as glibc's RTLD_NODELETE.  Modules loaded at start-up are never
// unloaded.
//
// The entry points are called from the program, which cannot pass the
// loader's context: dl_context is the one pointer they find it by.
#include "fle-exec.h"

#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>

// <dlfcn.h>'s values (glibc's and musl's).
#define RTLD_NOW 2
#define RTLD_NOLOAD 4
#define RTLD_GLOBAL 0x100
#define RTLD_NEXT ((void *)-1)

enum { DUE_INIT = 1, DUE_FINI = 2, DUE_EXIT = 3 };

typedef struct {
  const char *dli_fname;
  void *dli_fbase;
  const char *dli_sname;
  void *dli_saddr;
} DlInfo;

// What AT_FLE_DL points at (minilibc's struct __fle_dl).
typedef struct {
  uint64_t version;
  void *open, *sym, *addr, *due, *close;
} DlTable;

typedef struct {
  Runtime *rt;
  Options opt;
  uint64_t loader_fs;      // the loader's thread pointer
  char *library_path;      // FLE_LIBRARY_PATH at start-up, or NULL
  char *default_dir;
  bool bind_now;
  char err[1024];          // the last failure, for dlerror
  ModuleEntry *due;        // what the last "due" listed
  size_t ndue, capdue;
  RtModule **pending;      // modules the last open loaded, to initialise
  size_t npending, cappending;
} DlContext;

static DlContext *dl_context;

static long sys(long n, long a, long b, long c, long d) {
  register long r10 __asm__("r10") = d;
  long ret;
  __asm__ volatile("syscall" : "=a"(ret) : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10)
                   : "rcx", "r11", "memory");
  return ret;
}

typedef struct {
  uint64_t fs, mask;
} Saved;

// Into the loader: no signal, the loader's thread pointer, records
// writable.  Raw system calls until the thread pointer is ours.
static void dl_enter(DlContext *c, Saved *s) {
  uint64_t all = ~0ULL;
  sys(SYS_rt_sigprocmask, SIG_BLOCK, (long)&all, (long)&s->mask, 8);
  sys(SYS_arch_prctl, 0x1003 /* ARCH_GET_FS */, (long)&s->fs, 0, 0);
  sys(SYS_arch_prctl, 0x1002 /* ARCH_SET_FS */, (long)c->loader_fs, 0, 0);
  rt_protect(c->rt, true);
}

static void dl_leave(DlContext *c, Saved *s) {
  arena_release();
  rt_protect(c->rt, false);
  sys(SYS_arch_prctl, 0x1002, (long)s->fs, 0, 0);
  sys(SYS_rt_sigprocmask, SIG_SETMASK, (long)&s->mask, 0, 8);
}

// The "due" and "pending" arrays live in the Runtime's pool, readable by
// the program; growing one leaves the old behind (it happens rarely).
static void grow(void **v, size_t *cap, size_t need, size_t size, Runtime *rt) {
  if (need <= *cap)
    return;
  size_t cap2 = *cap ? 2 * *cap : 16;
  while (cap2 < need)
    cap2 *= 2;
  void *n = rt_pool_alloc(&rt->chunks, cap2 * size);
  if (*cap)
    memcpy(n, *v, *cap * size);
  *v = n, *cap = cap2;
}

// ------------------------------------------------------------ handles

static RtModule *live(const Runtime *rt, const void *h) {
  for (RtModule *m = rt->first; m; m = m->next)
    if (m == h)
      return m;
  return NULL;
}

// RTLD_GLOBAL: the module and what was loaded with it join the global
// scope (glibc adds the module's search list).
static void promote(Runtime *rt, RtModule *r) {
  rt_add_global(rt, r);
  for (uint32_t i = 0; i < r->nlocal; i++)
    rt_add_global(rt, r->local[i]);
}

// ------------------------------------------------------------ dlopen

// A failed open: what it mapped is unmapped, its records freed.
static void undo(Loader *L) {
  for (size_t i = 0; i < L->nmods; i++) {
    Module *m = &L->mods[i];
    if (!m->f || m->needed_by == -3)
      continue;
    image_discard(&m->im);
    if (m->rt)
      rt_pool_free(m->rt->pool);
  }
}

// The new modules join the process: the list, their references, the
// global scope with RTLD_GLOBAL, and the constructors due.
static RtModule *commit(DlContext *c, Loader *L, size_t root, int mode) {
  Runtime *rt = c->rt;
  size_t *order = fle_xmalloc(L->nmods * sizeof *order);
  size_t n = loader_init_order(L, order);
  for (size_t i = 0; i < L->nmods; i++)
    if (L->mods[i].f && L->mods[i].needed_by != -3)
      rt_append(rt, L->mods[i].rt);
  for (size_t i = 0; i < L->nmods; i++) {
    RtModule *r = L->mods[i].rt;
    if (L->mods[i].f && L->mods[i].needed_by != -3)
      for (uint32_t d = 0; d < r->ndeps; d++)
        r->deps[d]->refs++;
  }
  RtModule *h = L->mods[root].rt;
  h->refs++;
  if (mode & RTLD_GLOBAL)
    promote(rt, h);
  grow((void **)&c->pending, &c->cappending, c->npending + n, sizeof *c->pending, rt);
  for (size_t i = 0; i < n; i++)
    c->pending[c->npending++] = L->mods[order[i]].rt;
  return h;
}

static RtModule *open_file(DlContext *c, const char *file, int mode, const void *caller,
                           Options *opt) {
  Runtime *rt = c->rt;
  RtModule *from = rt_module_at(rt, (uint64_t)caller);
  jmp_buf fail;
  Loader L = {.opt = opt, .rt = rt, .fail = &fail, .err = c->err, .errsize = sizeof c->err,
              .library_path = c->library_path, .default_dir = c->default_dir,
              .bind_now = c->bind_now, .now = mode & RTLD_NOW};
  if (setjmp(fail)) {
    undo(&L);
    return NULL;
  }
  size_t self = loader_stub(&L, from ? from : rt->first);
  L.mods[self].needed_by = -3;
  int k = loader_find(&L, 0, file);
  RtModule *r = L.mods[k].rt;
  if (k == 0 || !L.mods[k].f) { // loaded before
    if (r->dlopened)
      r->refs++;
    if (mode & RTLD_GLOBAL)
      promote(rt, r);
    return r;
  }
  if (mode & RTLD_NOLOAD)
    loader_fail(&L, EXIT_DYNAMIC, "%s: not loaded (RTLD_NOLOAD)", file);
  loader_resolve(&L);
  loader_build_dl(&L);
  return commit(c, &L, (size_t)k, mode);
}

// validate() writes its errors to a stream: here, into c->err.  Closed
// before the arena that holds it goes (musl lists open streams).
static RtModule *dl_open(DlContext *c, const char *file, int mode, const void *caller) {
  if (!file)
    return c->rt->first;
  Options opt = c->opt;
  c->err[0] = 0;
  opt.err = fmemopen(c->err, sizeof c->err, "w");
  if (!opt.err) {
    snprintf(c->err, sizeof c->err, "%s: out of memory", file);
    return NULL;
  }
  RtModule *h = open_file(c, file, mode, caller, &opt);
  char keep[sizeof c->err];
  memcpy(keep, c->err, sizeof keep);
  fclose(opt.err);
  memcpy(c->err, keep, sizeof keep);
  return h;
}

// ------------------------------------------------------------ dlsym

// Where m stands in the sequence its lookups walk (rt_lookup), or -1.
static long position(const Runtime *rt, const RtModule *m) {
  for (uint32_t i = 0; i < rt->nglobal; i++)
    if (rt->global[i] == m)
      return i;
  for (uint32_t i = 0; i < m->nlocal; i++)
    if (m->local[i] == m)
      return rt->nglobal + i;
  return -1;
}

// dlsym(handle): the module, then what it needs, breadth first.
static const RtSym *in_deps(RtModule *m, const char *name, uint32_t h) {
  RtModule **q = fle_xmalloc(sizeof *q);
  size_t n = 1, cap = 1;
  q[0] = m;
  for (size_t i = 0; i < n; i++) {
    const RtSym *s = rt_find(q[i], name, h);
    if (s)
      return s;
    for (uint32_t d = 0; d < q[i]->ndeps; d++) {
      bool seen = false;
      for (size_t k = 0; k < n && !seen; k++)
        seen = q[k] == q[i]->deps[d];
      if (!seen) {
        FLE_GROW(q, cap, n + 1);
        q[n++] = q[i]->deps[d];
      }
    }
  }
  return NULL;
}

static void *dl_sym(DlContext *c, void *handle, const char *name, const void *caller,
                    bool *failed) {
  Runtime *rt = c->rt;
  RtModule *from = rt_module_at(rt, (uint64_t)caller), *def;
  uint32_t h = rt_hash(name);
  const RtSym *s;
  const char *who;
  if (handle == NULL || handle == RTLD_NEXT) {
    long pos = handle && from ? position(rt, from) : -1;
    if (handle && pos < 0) {
      snprintf(c->err, sizeof c->err, "RTLD_NEXT used in code not dynamically loaded");
      *failed = true;
      return NULL;
    }
    s = rt_lookup(rt, from, handle ? (size_t)pos + 1 : 0, name, h, false, &def);
    who = from ? from->path : rt->first->path;
  } else {
    RtModule *m = live(rt, handle);
    if (!m) {
      snprintf(c->err, sizeof c->err, "invalid handle %p", handle);
      *failed = true;
      return NULL;
    }
    s = m == rt->first ? rt_lookup(rt, NULL, 0, name, h, false, &def) : in_deps(m, name, h);
    who = m->path;
  }
  if (!s) {
    snprintf(c->err, sizeof c->err, "%s: undefined symbol: %s", who, name);
    *failed = true;
    return NULL;
  }
  return (void *)s->value;
}

// ------------------------------------------------------------ dladdr

static int dl_addr(DlContext *c, const void *addr, DlInfo *info) {
  RtModule *m = rt_module_at(c->rt, (uint64_t)addr);
  if (!m)
    return 0;
  const RtSym *best = NULL;
  for (uint32_t i = 0; i < m->nsyms; i++) {
    const RtSym *s = &m->syms[i];
    if (s->value <= (uint64_t)addr && s->value >= m->start && (!best || s->value > best->value))
      best = s;
  }
  *info = (DlInfo){.dli_fname = m->path, .dli_fbase = (void *)m->start,
                   .dli_sname = best ? best->name : NULL,
                   .dli_saddr = best ? (void *)best->value : NULL};
  return 1;
}

// ------------------------------------------------------------ dlclose

// Whether a PLT slot of a module outside set[0..n) points into m.
static bool slot_points_in(const Runtime *rt, const RtModule *m, RtModule *const *set, size_t n) {
  for (const RtModule *o = rt->first; o; o = o->next) {
    bool inside = false;
    for (size_t k = 0; k < n && !inside; k++)
      inside = set[k] == o;
    for (uint32_t i = 0; !inside && i < o->nslots; i++) {
      uint64_t v = ((const uint64_t *)o->pltgot)[3 + i];
      for (uint32_t g = 0; g < m->nsegs; g++)
        if (v >= m->segs[g][0] && v < m->segs[g][1])
          return true;
    }
  }
  return false;
}

// What dlclose(h) unloads, in destructor order (h first, then what only
// it kept, breadth first); none when h stays referenced, or when
// something outside still points in.  refs is left as it was.
static size_t unload_set(Runtime *rt, RtModule *h, RtModule ***out) {
  size_t n = 0, cap = 4, nmods = 0;
  RtModule **set = fle_xmalloc(cap * sizeof *set);
  *out = set;
  if (!h->dlopened || h->refs != 1)
    return 0;
  // The counts as they would drop, by position in the module list.
  for (RtModule *m = rt->first; m; m = m->next)
    nmods++;
  RtModule **all = fle_xmalloc(nmods * sizeof *all);
  uint32_t *refs = fle_xmalloc(nmods * sizeof *refs);
  size_t i = 0;
  for (RtModule *m = rt->first; m; m = m->next, i++)
    all[i] = m, refs[i] = m->refs;
  set[n++] = h;
  for (size_t k = 0; k < n; k++)
    for (uint32_t d = 0; d < set[k]->ndeps; d++) {
      RtModule *dep = set[k]->deps[d];
      size_t j = 0;
      while (j < nmods && all[j] != dep)
        j++;
      if (j == nmods || !dep->dlopened || dep == h || refs[j] == 0)
        continue;
      if (--refs[j] == 0) {
        FLE_GROW(set, cap, n + 1);
        set[n++] = dep;
      }
    }
  for (size_t k = 0; k < n; k++)
    if (slot_points_in(rt, set[k], set, n))
      return 0; // something outside points in: everything stays
  return n;
}

static void drop(Runtime *rt, RtModule *gone) {
  uint32_t k = 0;
  for (uint32_t i = 0; i < rt->nglobal; i++)
    if (rt->global[i] != gone)
      rt->global[k++] = rt->global[i];
  rt->nglobal = k;
  RtModule **link = &rt->first;
  rt->last = NULL;
  for (RtModule *m = rt->first; m; m = m->next) {
    if (m == gone) {
      *link = m->next;
      continue;
    }
    rt->last = m;
    link = &m->next;
    uint32_t j = 0;
    for (uint32_t i = 0; i < m->nlocal; i++)
      if (m->local[i] != gone)
        m->local[j++] = m->local[i];
    m->nlocal = j;
  }
}

static int dl_close(DlContext *c, void *handle) {
  Runtime *rt = c->rt;
  RtModule *h = live(rt, handle);
  if (!h) {
    snprintf(c->err, sizeof c->err, "invalid handle %p", handle);
    return -1;
  }
  if (!h->dlopened)
    return 0;
  RtModule **set;
  size_t n = unload_set(rt, h, &set);
  if (n == 0) { // still referenced, or staying for good
    h->refs -= h->refs > 0;
    return 0;
  }
  for (size_t k = 0; k < n; k++)
    for (uint32_t d = 0; d < set[k]->ndeps; d++)
      set[k]->deps[d]->refs -= set[k]->deps[d]->refs > 0;
  for (size_t k = 0; k < n; k++)
    drop(rt, set[k]);
  for (size_t k = 0; k < n; k++) {
    if (c->opt.trace)
      fprintf(stderr, "fle-exec: unload %s\n", set[k]->name);
    for (uint32_t g = 0; g < set[k]->nsegs; g++)
      munmap((void *)set[k]->segs[g][0], set[k]->segs[g][1] - set[k]->segs[g][0]);
    rt_pool_free(set[k]->pool);
  }
  return 0;
}

// ------------------------------------------------------------ due

// glibc's _dl_fini order (elf/dl-sort-maps.c, its depth-first sort):
// from the last module loaded back to the executable, each module is
// placed in front of what was placed, after placing the modules it
// needs; so each comes before its dependencies, in load order
// otherwise.
static void place(RtModule *m, bool *seen, RtModule **all, size_t nall, RtModule **out,
                  size_t *head) {
  size_t i = 0;
  while (all[i] != m)
    i++;
  seen[i] = true;
  for (uint32_t d = 0; d < m->ndeps; d++) {
    size_t k = 0;
    while (k < nall && all[k] != m->deps[d])
      k++;
    if (k < nall && !seen[k])
      place(m->deps[d], seen, all, nall, out, head);
  }
  out[--*head] = m;
}

// At exit, while a dlopen'd module is still there: every initialised
// module, in that order; else none (minilibc runs the start-up table).
static size_t exit_order(Runtime *rt, RtModule ***out) {
  size_t nall = 0, n = 0;
  bool any = false;
  for (RtModule *m = rt->first; m; m = m->next)
    nall++, any |= m->dlopened && m->initialised;
  if (!any)
    return 0;
  RtModule **all = fle_xmalloc(nall * sizeof *all), **order = fle_xmalloc(nall * sizeof *order);
  bool *seen = fle_xcalloc(nall, sizeof *seen);
  size_t i = 0, head = nall;
  for (RtModule *m = rt->first; m; m = m->next)
    all[i++] = m;
  for (i = nall; i-- > 0;)
    if (!seen[i])
      place(all[i], seen, all, nall, order, &head);
  for (i = 0; i < nall; i++)
    if (order[i]->initialised)
      order[n++] = order[i];
  *out = order;
  return n;
}

static size_t dl_due(DlContext *c, void *handle, int what, const ModuleEntry **list) {
  Runtime *rt = c->rt;
  c->ndue = 0;
  RtModule **set = NULL;
  size_t n = 0;
  if (what == DUE_INIT) {
    set = c->pending, n = c->npending;
    c->npending = 0;
  } else if (what == DUE_FINI) {
    RtModule *h = live(rt, handle);
    n = h ? unload_set(rt, h, &set) : 0;
  } else if (what == DUE_EXIT) {
    n = exit_order(rt, &set);
  }
  grow((void **)&c->due, &c->capdue, n, sizeof *c->due, rt);
  for (size_t i = 0; i < n; i++) {
    c->due[c->ndue++] = set[i]->entry;
    set[i]->initialised = what == DUE_INIT;
  }
  *list = c->due;
  return c->ndue;
}

// ------------------------------------------------------------ entries
// Called by the program (minilibc), with its thread pointer: no stack
// protector in this file (build.mk), nothing before dl_enter that needs
// the loader's.

static void *entry_open(const char *file, int mode, const void *caller, const char **err) {
  DlContext *c = dl_context;
  Saved s;
  dl_enter(c, &s);
  void *h = dl_open(c, file, mode, caller);
  *err = h ? NULL : c->err;
  dl_leave(c, &s);
  return h;
}

static void *entry_sym(void *handle, const char *name, const void *caller, const char **err) {
  DlContext *c = dl_context;
  Saved s;
  bool failed = false;
  dl_enter(c, &s);
  void *a = dl_sym(c, handle, name, caller, &failed);
  *err = failed ? c->err : NULL;
  dl_leave(c, &s);
  return a;
}

static int entry_addr(const void *addr, DlInfo *info) {
  DlContext *c = dl_context;
  Saved s;
  dl_enter(c, &s);
  int r = dl_addr(c, addr, info);
  dl_leave(c, &s);
  return r;
}

static unsigned long entry_due(void *handle, int what, const ModuleEntry **list) {
  DlContext *c = dl_context;
  Saved s;
  dl_enter(c, &s);
  size_t n = dl_due(c, handle, what, list);
  dl_leave(c, &s);
  return n;
}

static int entry_close(void *handle, const char **err) {
  DlContext *c = dl_context;
  Saved s;
  dl_enter(c, &s);
  int r = dl_close(c, handle);
  *err = r ? c->err : NULL;
  dl_leave(c, &s);
  return r;
}

uint64_t dl_setup(Loader *L) {
  Runtime *rt = L->rt;
  rt_protect(rt, true);
  DlContext *c = rt_pool_alloc(&rt->chunks, sizeof *c);
  c->rt = rt;
  c->opt = *L->opt;
  c->opt.list = false;
  c->bind_now = L->bind_now;
  c->library_path = L->library_path ? rt_pool_strdup(&rt->chunks, L->library_path) : NULL;
  c->default_dir = rt_pool_strdup(&rt->chunks, L->default_dir);
  sys(SYS_arch_prctl, 0x1003, (long)&c->loader_fs, 0, 0);
  DlTable *t = rt_pool_alloc(&rt->chunks, sizeof *t);
  *t = (DlTable){1, (void *)entry_open, (void *)entry_sym, (void *)entry_addr,
                 (void *)entry_due, (void *)entry_close};
  dl_context = c;
  rt_protect(rt, false);
  return (uint64_t)t;
}
