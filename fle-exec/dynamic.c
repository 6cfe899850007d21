// dynamic.c — the dynamic loader's build step: map, bind, protect.
//
// search.c found the modules (the executable, then its libraries
// breadth first).  Here, as ld.so does it with eager binding:
//
//   1. every module is mapped read-write with its bytes (map.c), each
//      library at a random base of its own;
//   2. relocations are applied, module by module: the libraries first,
//      in reverse load order, the executable last, so that a copy
//      relocation in the executable reads a library's variable after
//      the library's own relocations filled it in:
//        R_X86_64_RELATIVE   B + A
//        R_X86_64_64         S + A
//        R_X86_64_GLOB_DAT   S          (a .got slot)
//        R_X86_64_JUMP_SLOT  S          (a .got.plt slot, bound now)
//        R_X86_64_COPY       S's bytes, the executable's symbol's size
//      where S is found by lookup() (spec/abi.md §9): the executable
//      first, then the libraries in load order, the first whose exports
//      define the name; so the executable's definition interposes on a
//      library's own calls through its PLT and GOT.  An undefined weak
//      symbol is 0; an undefined strong one is reported (all of them,
//      up to FLE_ERROR_LIMIT) and ends the load with EXIT_DYNAMIC;
//   3. each segment gets its permissions (text never was writable to a
//      relocation: validate.c refuses relocations in executable
//      segments of a dynamic module, as ELF's DT_TEXTREL would need);
//   4. the module table (AT_FLE_MODULES) is written into a page of its
//      own, read-only, for the program's start routine to run the
//      constructors and destructors from.
#include "fle-exec.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

// Where a symbol defined in module m is at run time.
static uint64_t symbol_address(const Module *m, const FleSymbol *s) {
  return s->section == FLE_ABS ? s->value : m->im.base + s->value;
}

static void mark_exports(Module *m) {
  m->exported = fle_xcalloc(m->f->nsyms + 1, sizeof *m->exported);
  for (size_t i = 0; i < m->f->nexports; i++)
    m->exported[m->f->exports[i]] = true;
}

static void report_undefined(Loader *L, Module *m, int sym) {
  if (L->fail)
    loader_fail(L, EXIT_DYNAMIC, "%s: undefined symbol: %s", m->path, m->f->syms[sym].name);
  if (!m->reported)
    m->reported = fle_xcalloc(m->f->nsyms, sizeof *m->reported);
  if (m->reported[sym])
    return;
  m->reported[sym] = true;
  if (L->nundefined++ < FLE_ERROR_LIMIT)
    fprintf(stderr, "fle-exec: error: undefined symbol: %s (needed by %s)\n",
            m->f->syms[sym].name, m->name);
  else if (L->nundefined == FLE_ERROR_LIMIT + 1)
    fputs("fle-exec: error: too many errors emitted, stopping now\n", stderr);
}

// The loaded module whose record is r.
static const Module *module_of(const Loader *L, const RtModule *r) {
  for (size_t i = 0; i < L->nmods; i++)
    if (L->mods[i].rt == r)
      return &L->mods[i];
  return NULL;
}

static void add_reldep(Module *m, RtModule *r) {
  for (size_t i = 0; i < m->nreldeps; i++)
    if (m->reldeps[i] == r)
      return;
  m->reldeps = fle_xrealloc(m->reldeps, (m->nreldeps + 1) * sizeof *m->reldeps);
  m->reldeps[m->nreldeps++] = r;
}

// S for a relocation of module mi against its symbol sym.  A symbol the
// module defines but does not export stays its own; anything else is
// looked up (rt.c: the global scope, then the module's local one) — a
// COPY's always, past the executable, whose own definition is the copy.
// *def is the defining module, NULL for an undefined weak symbol (S =
// 0); *size the definition's size.  False after reporting an undefined
// strong symbol.
static bool find_s(Loader *L, size_t mi, int sym, uint32_t type, uint64_t *S, RtModule **def,
                   uint64_t *size) {
  Module *m = &L->mods[mi];
  const FleSymbol *s = &m->f->syms[sym];
  if (type != R_X86_64_COPY && s->section != FLE_UNDEF && !m->exported[sym]) {
    *S = symbol_address(m, s);
    *def = m->rt, *size = s->size;
    return true;
  }
  const RtSym *d = rt_lookup(L->rt, m->rt, type == R_X86_64_COPY ? 1 : 0, s->name,
                             rt_hash(s->name), type == R_X86_64_JUMP_SLOT, def);
  if (d) {
    *S = d->value, *size = d->size;
    // A dlopen'd module this load counts no reference to (found through
    // RTLD_GLOBAL) becomes one of m's dependencies: it stays while m
    // does (glibc's l_reldeps).
    const Module *dm = module_of(L, *def);
    if ((*def)->dlopened && (!dm || dm->needed_by == -3))
      add_reldep(m, *def);
    return true;
  }
  *S = 0, *def = NULL, *size = 0;
  if (s->bind == STB_WEAK)
    return true;
  report_undefined(L, m, sym);
  return false;
}

// --trace: "bind puts: libgreet.so+0x1040 -> GOT 0x404018".
static void trace_bind(const char *name, uint32_t type, const RtModule *def, uint64_t S,
                       uint64_t P, uint64_t size) {
  char where[300];
  if (!def)
    snprintf(where, sizeof where, "0 (undefined weak)");
  else
    snprintf(where, sizeof where, "%s+0x%llx", def->name, (unsigned long long)(S - def->base));
  const char *slot = type == R_X86_64_GLOB_DAT    ? "GOT"
                     : type == R_X86_64_JUMP_SLOT ? "GOT.PLT"
                                                   : "word";
  if (type == R_X86_64_COPY)
    fprintf(stderr, "fle-exec: copy %s: 0x%llx bytes from %s -> 0x%llx\n", name,
            (unsigned long long)size, where, (unsigned long long)P);
  else
    fprintf(stderr, "fle-exec: bind %s: %s -> %s 0x%llx\n", name, where, slot,
            (unsigned long long)P);
}

// Whether [a, a + n) lies in one segment of module m (a copy reads it).
static bool inside(const Module *m, uint64_t a, uint64_t n) {
  for (size_t i = 0; i < m->im.nmaps; i++) {
    const Mapping *g = &m->im.maps[i];
    if (a >= g->start && a - g->start <= g->memsz && g->memsz - (a - g->start) >= n)
      return true;
  }
  return false;
}

// Whether module m's PLT slots are bound at their first call: it has a
// PLT, and neither it (-z now) nor the environment (FLE_BIND_NOW) asks
// for everything at start-up.
static bool lazy(const Loader *L, const Module *m) {
  return m->f->plt_size && !m->f->bind_now && !L->bind_now && !L->now;
}

// A lazy slot points at its PLT entry's push: B + PLT + 16 (i + 1) + 6.
static void relocate_lazy(Module *m, uint64_t P) {
  uint64_t i = (P - m->rt->pltgot) / 8 - 3;
  uint64_t v = m->im.base + m->f->plt + 16 * (i + 1) + 6;
  memcpy((void *)P, &v, 8);
}

// R_X86_64_COPY: the executable's symbol says how much (validated to
// fit); a smaller definition gives no more than it has.
static void relocate_copy(Loader *L, const Module *m, const FleSymbol *s, const RtModule *def,
                          uint64_t S, uint64_t P, uint64_t *size) {
  const Module *d = def ? module_of(L, def) : NULL;
  if (!d)
    return;
  if (*size > s->size)
    *size = s->size;
  if (!inside(d, S, *size))
    die_status(EXIT_DYNAMIC, d->path, "%s: its 0x%llx bytes at 0x%llx, to be copied for %s, lie "
               "outside its segments", s->name, (unsigned long long)*size,
               (unsigned long long)(S - d->im.base), m->name);
  memcpy((void *)P, (const void *)S, *size);
}

// One relocation of module mi, at P.
static void relocate_one(Loader *L, size_t mi, const FleReloc *r, uint64_t P) {
  Module *m = &L->mods[mi];
  uint64_t v, S, size;
  RtModule *def;
  if (r->type == R_X86_64_RELATIVE) {
    v = m->im.base + (uint64_t)r->addend;
    memcpy((void *)P, &v, 8);
    m->im.nrelocs++;
    return;
  }
  if (r->type == R_X86_64_JUMP_SLOT && lazy(L, m)) {
    relocate_lazy(m, P);
    return;
  }
  if (!find_s(L, mi, r->sym, r->type, &S, &def, &size))
    return;
  const FleSymbol *s = &m->f->syms[r->sym];
  if (r->type == R_X86_64_COPY) {
    relocate_copy(L, m, s, def, S, P, &size);
  } else {
    v = r->type == R_X86_64_64 ? S + (uint64_t)r->addend : S;
    memcpy((void *)P, &v, 8);
  }
  if (L->opt->trace)
    trace_bind(s->name, r->type, def, S, P, size);
}

static void relocate_module(Loader *L, size_t mi) {
  const FleFile *f = L->mods[mi].f;
  for (size_t i = 0; i < f->nsegments; i++) {
    const FleSegment *g = &f->segments[i];
    for (size_t k = 0; k < g->nrelocs; k++)
      relocate_one(L, mi, &g->relocs[k], L->mods[mi].im.maps[i].start + g->relocs[k].offset);
  }
  // PLT[0] finds the module in .got.plt word 1 and the resolver in word 2.
  Module *m = &L->mods[mi];
  if (lazy(L, m)) {
    uint64_t w[2] = {(uint64_t)m->rt, (uint64_t)rt_resolve_entry};
    memcpy((void *)(m->rt->pltgot + 8), w, sizeof w);
  }
  if (L->opt->trace && L->mods[mi].im.nrelocs)
    fprintf(stderr, "fle-exec: reloc %s: %zu R_X86_64_RELATIVE applied (B + A, B = 0x%llx)\n",
            L->mods[mi].name, L->mods[mi].im.nrelocs,
            (unsigned long long)L->mods[mi].im.base);
}

// The constructor order, as glibc's (elf/dl-sort-maps.c, its
// depth-first sort): for each module from the last loaded to the
// executable, its dependencies depth first in "needed" order, each
// after those it needs, a cycle broken where it closes; the executable
// is never anyone's dependency here and comes last.
static void init_order(Loader *L, size_t i, size_t *order, size_t *n) {
  Module *m = &L->mods[i];
  if (m->visited || !m->f)
    return; // a dlopen's stub: initialised when it was loaded
  m->visited = true;
  for (size_t d = 0; d < m->ndeps; d++)
    if (m->deps[d] != 0)
      init_order(L, m->deps[d], order, n);
  order[(*n)++] = i;
}

// The module table, in constructor order, in a read-only mapping of its
// own that outlives the loader; its address, or 0 if it cannot be made.
// The names are the resident records' (rt.h).
static uint64_t module_table(Loader *L) {
  size_t *order = fle_xmalloc(L->nmods * sizeof *order), n = 0;
  for (size_t i = L->nmods; i-- > 0;)
    init_order(L, i, order, &n);
  size_t size = 8 + L->nmods * sizeof(ModuleEntry);
  char *t = mmap(NULL, PAGE_UP(size), PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (t == MAP_FAILED)
    return 0;
  *(uint64_t *)t = n;
  ModuleEntry *e = (ModuleEntry *)(t + 8);
  for (size_t i = 0; i < n; i++) {
    e[i] = L->mods[order[i]].rt->entry;
    L->mods[order[i]].rt->initialised = true;
  }
  mprotect(t, PAGE_UP(size), PROT_READ);
  if (L->opt->trace)
    for (size_t i = 0; i < n; i++)
      fprintf(stderr, "fle-exec: init %zu %s: %llu constructors, %llu destructors\n", i,
              L->mods[order[i]].name, (unsigned long long)e[i].init_count,
              (unsigned long long)e[i].fini_count);
  return (uint64_t)t;
}

// The resident records: one per module, all of them the global scope,
// each with the modules it needs; none of them ever unloaded.
static Runtime *runtime_new(Loader *L) {
  RtChunk *pool = NULL;
  Runtime *rt = rt_pool_alloc(&pool, sizeof *rt);
  rt->chunks = pool;
  rt->trace = L->opt->trace;
  return rt;
}

// At start-up every record joins the Runtime's pool and the global
// scope, for good; a dlopen's gets a pool of its own (dl.c links it in).
static void add_record(Loader *L, Module *m) {
  mark_exports(m);
  if (L->fail) {
    RtChunk *pool = NULL;
    m->rt = rt_module_new(L->rt, m, &pool);
    return;
  }
  m->rt = rt_module_new(L->rt, m, &L->rt->chunks);
  m->rt->pinned = true;
  rt_append(L->rt, m->rt);
  rt_add_global(L->rt, m->rt);
}

static void link_deps(Loader *L) {
  for (size_t i = 0; i < L->nmods; i++) {
    Module *m = &L->mods[i];
    if (!m->f)
      continue; // loaded before: linked then
    m->rt->deps = rt_pool_alloc(rt_pool_of(L->rt, m->rt),
                                (m->ndeps + m->nreldeps + 1) * sizeof *m->rt->deps);
    for (size_t d = 0; d < m->ndeps; d++)
      m->rt->deps[m->rt->ndeps++] = L->mods[m->deps[d]].rt;
    for (size_t d = 0; d < m->nreldeps; d++)
      m->rt->deps[m->rt->ndeps++] = m->reldeps[d];
  }
}

void loader_build(Loader *L) {
  L->rt = runtime_new(L);
  // Map: the executable first (a position-dependent one is in place
  // already), then each library at its own base.
  for (size_t i = 0; i < L->nmods; i++) {
    Module *m = &L->mods[i];
    if (image_place(m->f, m->path, &m->im) < 0)
      exit(i ? EXIT_DYNAMIC : EXIT_LOADER);
    add_record(L, m);
    if (L->opt->trace)
      trace_module(L, i);
  }
  // Bind: libraries in reverse load order, the executable last.
  for (size_t i = L->nmods; i-- > 0;)
    relocate_module(L, i);
  if (L->nundefined)
    exit(EXIT_DYNAMIC);
  for (size_t i = 0; i < L->nmods; i++)
    if (image_protect(L->mods[i].f, L->mods[i].path, &L->mods[i].im) < 0)
      exit(i ? EXIT_DYNAMIC : EXIT_LOADER);
  link_deps(L);
  L->mods[0].im.modules = module_table(L);
  if (!L->mods[0].im.modules)
    die(L->mods[0].name, "cannot map the module table");
  rt_protect(L->rt, false);
}

// dlopen's build (dl.c): the modules it found that were not loaded
// before — every Module with a file but the caller's stub — mapped,
// linked to their dependencies old and new, each given the load's
// local scope (all its modules, breadth first), relocated, protected.
// Failures return through loader_fail; dl.c unmaps what was mapped.
void loader_build_dl(Loader *L) {
  for (size_t i = 0; i < L->nmods; i++) {
    Module *m = &L->mods[i];
    if (m->needed_by == -3 || !m->f)
      continue;
    if (image_place(m->f, m->path, &m->im) < 0)
      loader_fail(L, EXIT_DYNAMIC, "%s: cannot be mapped", m->path);
    add_record(L, m);
    if (L->opt->trace)
      trace_module(L, i);
  }
  // Each its own copy of the scope: a module may outlive the others.
  for (size_t i = 0; i < L->nmods; i++) {
    Module *m = &L->mods[i];
    if (m->needed_by == -3 || !m->f)
      continue;
    m->rt->local = rt_pool_alloc(rt_pool_of(L->rt, m->rt), L->nmods * sizeof *m->rt->local);
    for (size_t k = 0; k < L->nmods; k++)
      if (L->mods[k].needed_by != -3)
        m->rt->local[m->rt->nlocal++] = L->mods[k].rt;
  }
  for (size_t i = L->nmods; i-- > 0;)
    if (L->mods[i].needed_by != -3 && L->mods[i].f)
      relocate_module(L, i);
  link_deps(L); // after relocation: what it bound to outside counts too
  for (size_t i = 0; i < L->nmods; i++)
    if (L->mods[i].needed_by != -3 && L->mods[i].f &&
        image_protect(L->mods[i].f, L->mods[i].path, &L->mods[i].im) < 0)
      loader_fail(L, EXIT_DYNAMIC, "%s: cannot set permissions", L->mods[i].path);
}

// The new modules of a dlopen in constructor order: indices into
// L->mods; returns how many.
size_t loader_init_order(Loader *L, size_t *order) {
  size_t n = 0;
  for (size_t i = L->nmods; i-- > 0;)
    if (L->mods[i].needed_by != -3)
      init_order(L, i, order, &n);
  return n;
}
