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

// The table the program finds at AT_FLE_MODULES (spec/abi.md §9).
typedef struct {
  uint64_t base, init_array, init_count, fini_array, fini_count;
  const char *name;
  uint64_t start, end; // the pages it spans
} ModuleEntry;

// Where a symbol defined in module m is at run time.
static uint64_t symbol_address(const Module *m, const FleSymbol *s) {
  return s->section == FLE_ABS ? s->value : m->im.base + s->value;
}

// A canonical PLT export (an import the executable also exports): its
// address is the module's NAME@plt entry.  0 if it has none.
static uint64_t canonical_address(const Module *m, const char *name) {
  size_t n = strlen(name) + 5;
  char *plt = fle_xmalloc(n);
  snprintf(plt, n, "%s@plt", name);
  int k = fle_find_symbol(m->f, plt);
  free(plt);
  return k < 0 ? 0 : m->im.base + m->f->syms[k].value;
}

// The symbol lookup: the first module, from `from` on in load order,
// whose exports define name.  A JUMP_SLOT skips canonical PLT exports
// (the PLT would jump to itself).  Returns the module, or -1.
static int lookup(const Loader *L, const char *name, size_t from, bool jump_slot,
                  uint64_t *addr) {
  for (size_t k = from; k < L->nmods; k++) {
    const Module *d = &L->mods[k];
    const size_t *ix = fle_map_get(&d->exports, name);
    if (!ix)
      continue;
    const FleSymbol *s = &d->f->syms[*ix];
    if (s->section != FLE_UNDEF) {
      *addr = symbol_address(d, s);
      return (int)k;
    }
    if (!jump_slot && (*addr = canonical_address(d, name)))
      return (int)k;
  }
  return -1;
}

static void exports_index(Module *m) {
  fle_map_init(&m->exports);
  for (size_t i = 0; i < m->f->nexports; i++) {
    bool added;
    size_t *v = fle_map_put(&m->exports, m->f->syms[m->f->exports[i]].name, &added);
    if (added)
      *v = (size_t)m->f->exports[i];
  }
}

static void report_undefined(Loader *L, Module *m, int sym) {
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

// S for a relocation of module mi against its symbol sym.  A symbol the
// module defines but does not export stays its own; anything else is
// looked up (a COPY's always, in the libraries: the executable's own
// definition is the copy, exported or not).  *def is the defining module, -1 for an undefined weak
// symbol (S = 0).  False after reporting an undefined strong symbol.
static bool find_s(Loader *L, size_t mi, int sym, uint32_t type, uint64_t *S, int *def) {
  Module *m = &L->mods[mi];
  const FleSymbol *s = &m->f->syms[sym];
  const size_t *ix = fle_map_get(&m->exports, s->name);
  if (type != R_X86_64_COPY && s->section != FLE_UNDEF && (!ix || *ix != (size_t)sym)) {
    *S = symbol_address(m, s);
    *def = (int)mi;
    return true;
  }
  *def = lookup(L, s->name, type == R_X86_64_COPY ? 1 : 0,
                type == R_X86_64_JUMP_SLOT, S);
  if (*def >= 0)
    return true;
  *S = 0;
  if (s->bind == STB_WEAK)
    return true;
  report_undefined(L, m, sym);
  return false;
}

// --trace: "bind puts: libgreet.so+0x1040 -> GOT 0x404018".
static void trace_bind(const Loader *L, const char *name, uint32_t type, int def,
                       uint64_t S, uint64_t P, uint64_t size) {
  char where[300];
  if (def < 0)
    snprintf(where, sizeof where, "0 (undefined weak)");
  else
    snprintf(where, sizeof where, "%s+0x%llx", L->mods[def].name,
             (unsigned long long)(S - L->mods[def].im.base));
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

// One relocation of module mi, at P.
static void relocate_one(Loader *L, size_t mi, const FleReloc *r, uint64_t P) {
  Module *m = &L->mods[mi];
  uint64_t v, S;
  int def;
  if (r->type == R_X86_64_RELATIVE) {
    v = m->im.base + (uint64_t)r->addend;
    memcpy((void *)P, &v, 8);
    m->im.nrelocs++;
    return;
  }
  if (!find_s(L, mi, r->sym, r->type, &S, &def))
    return;
  const FleSymbol *s = &m->f->syms[r->sym];
  uint64_t size = 0;
  if (r->type == R_X86_64_COPY) {
    // The executable's symbol says how much (validated to fit); a
    // smaller definition gives no more than it has.
    size = s->size;
    const size_t *ix = def >= 0 ? fle_map_get(&L->mods[def].exports, s->name) : NULL;
    if (ix && L->mods[def].f->syms[*ix].size < size)
      size = L->mods[def].f->syms[*ix].size;
    if (def >= 0 && !inside(&L->mods[def], S, size))
      die_status(EXIT_DYNAMIC, L->mods[def].path,
                 "%s: its 0x%llx bytes at 0x%llx, to be copied for %s, lie outside "
                 "its segments", s->name, (unsigned long long)size,
                 (unsigned long long)(S - L->mods[def].im.base), m->name);
    if (def >= 0)
      memcpy((void *)P, (const void *)S, size);
  } else {
    v = r->type == R_X86_64_64 ? S + (uint64_t)r->addend : S;
    memcpy((void *)P, &v, 8);
  }
  if (L->opt->trace)
    trace_bind(L, s->name, r->type, def, S, P, size);
}

static void relocate_module(Loader *L, size_t mi) {
  const FleFile *f = L->mods[mi].f;
  for (size_t i = 0; i < f->nsegments; i++) {
    const FleSegment *g = &f->segments[i];
    for (size_t k = 0; k < g->nrelocs; k++)
      relocate_one(L, mi, &g->relocs[k], L->mods[mi].im.maps[i].start + g->relocs[k].offset);
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
  if (m->visited)
    return;
  m->visited = true;
  for (size_t d = 0; d < m->ndeps; d++)
    if (m->deps[d] != 0)
      init_order(L, m->deps[d], order, n);
  order[(*n)++] = i;
}

static void fill_entry(ModuleEntry *e, const Module *m, char *name) {
  uint64_t b = m->im.base;
  const FleFile *f = m->f;
  *e = (ModuleEntry){.base = b, .name = name,
                     .init_array = f->init_array_size ? b + f->init_array : 0,
                     .init_count = f->init_array_size / 8,
                     .fini_array = f->fini_array_size ? b + f->fini_array : 0,
                     .fini_count = f->fini_array_size / 8, .start = UINT64_MAX};
  for (size_t i = 0; i < m->im.nmaps; i++) {
    const Mapping *g = &m->im.maps[i];
    e->start = g->start < e->start ? g->start : e->start;
    e->end = g->end > e->end ? g->end : e->end;
  }
}

// The module table, in constructor order, in a read-only mapping of its
// own that outlives the loader; its address, or 0 if it cannot be made.
static uint64_t module_table(Loader *L) {
  size_t *order = fle_xmalloc(L->nmods * sizeof *order), n = 0;
  for (size_t i = L->nmods; i-- > 0;)
    init_order(L, i, order, &n);
  size_t size = 8 + L->nmods * sizeof(ModuleEntry);
  for (size_t i = 0; i < L->nmods; i++)
    size += strlen(L->mods[i].path) + 1;
  char *t = mmap(NULL, PAGE_UP(size), PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (t == MAP_FAILED)
    return 0;
  *(uint64_t *)t = n;
  ModuleEntry *e = (ModuleEntry *)(t + 8);
  char *names = (char *)(e + n);
  for (size_t i = 0; i < n; i++) {
    fill_entry(&e[i], &L->mods[order[i]], names);
    names = stpcpy(names, L->mods[order[i]].path) + 1;
  }
  mprotect(t, PAGE_UP(size), PROT_READ);
  if (L->opt->trace)
    for (size_t i = 0; i < n; i++)
      fprintf(stderr, "fle-exec: init %zu %s: %llu constructors, %llu destructors\n", i,
              L->mods[order[i]].name, (unsigned long long)e[i].init_count,
              (unsigned long long)e[i].fini_count);
  return (uint64_t)t;
}

void loader_build(Loader *L) {
  // Map: the executable first (a position-dependent one is in place
  // already), then each library at its own base.
  for (size_t i = 0; i < L->nmods; i++) {
    Module *m = &L->mods[i];
    if (image_place(m->f, m->path, &m->im) < 0)
      exit(i ? EXIT_DYNAMIC : EXIT_LOADER);
    exports_index(m);
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
  L->mods[0].im.modules = module_table(L);
  if (!L->mods[0].im.modules)
    die(L->mods[0].name, "cannot map the module table");
}
