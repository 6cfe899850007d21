// rtbuild.c — making the resident records (rt.h) of the modules loaded.
//
// Runs in the loader, with libc: before the jump for the program and its
// libraries, inside a dlopen for the modules it loads.  Each module's
// record is built from its parsed file once it is placed: the exports
// with their run-time addresses, hashed; the lazily bound slots of its
// PLT by index; the constructor and destructor arrays for minilibc.
//
// The memory comes from pools of mappings of its own, outside the
// arena that is released at the jump: the start-up modules share the
// Runtime's pool; each module a dlopen loads has a pool that goes with
// it when it is unloaded.  Everything is read-only while the program
// runs (rt_protect).
#include "fle-exec.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define RT_CHUNK 0x10000

static RtChunk *new_chunk(RtChunk **pool, size_t need) {
  size_t size = need + 64 > RT_CHUNK ? PAGE_UP(need + 64) : RT_CHUNK;
  void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED)
    fle_fatal("cannot map the loader's resident memory");
  RtChunk *c = p;
  *c = (RtChunk){.next = *pool, .size = size, .used = 64};
  *pool = c;
  return c;
}

void *rt_pool_alloc(RtChunk **pool, size_t n) {
  n = (n + 15) & ~(size_t)15;
  RtChunk *c = *pool;
  if (!c || c->size - c->used < n)
    c = new_chunk(pool, n);
  void *p = (char *)c + c->used;
  c->used += n;
  memset(p, 0, n);
  return p;
}

char *rt_pool_strdup(RtChunk **pool, const char *s) {
  size_t n = strlen(s) + 1;
  return memcpy(rt_pool_alloc(pool, n), s, n);
}

static void protect_pool(RtChunk *c, bool writable) {
  for (; c; c = c->next)
    mprotect(c, c->size, writable ? PROT_READ | PROT_WRITE : PROT_READ);
}

void rt_protect(Runtime *rt, bool writable) {
  protect_pool(rt->chunks, writable);
  for (RtModule *m = rt->first; m; m = m->next)
    if (m->dlopened)
      protect_pool(m->pool, writable);
}

RtChunk **rt_pool_of(Runtime *rt, RtModule *r) {
  return r->dlopened ? &r->pool : &rt->chunks;
}

void rt_pool_free(RtChunk *c) {
  while (c) {
    RtChunk *next = c->next;
    munmap(c, c->size);
    c = next;
  }
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

static void add_export(RtModule *r, const Module *m, const FleSymbol *s, RtChunk **pool) {
  uint64_t v;
  uint8_t flags = s->bind == STB_WEAK ? RT_WEAK : 0;
  if (s->section == FLE_ABS)
    v = s->value;
  else if (s->section != FLE_UNDEF)
    v = m->im.base + s->value;
  else if ((v = canonical_address(m, s->name)))
    flags |= RT_CPLT;
  else
    return; // an import: defined elsewhere
  RtSym *e = &r->syms[r->nsyms++];
  *e = (RtSym){.name = rt_pool_strdup(pool, s->name), .value = v, .size = s->size,
               .hash = rt_hash(s->name), .type = s->type, .flags = flags};
  uint32_t i = e->hash & r->mask;
  while (r->table[i])
    i = (i + 1) & r->mask;
  r->table[i] = r->nsyms;
}

static void add_exports(RtModule *r, const Module *m, RtChunk **pool) {
  const FleFile *f = m->f;
  uint32_t size = 4;
  while (size < 2 * f->nexports)
    size *= 2;
  r->mask = size - 1;
  r->table = rt_pool_alloc(pool, size * sizeof *r->table);
  r->syms = rt_pool_alloc(pool, (f->nexports + 1) * sizeof *r->syms);
  for (size_t i = 0; i < f->nexports; i++)
    add_export(r, m, &f->syms[f->exports[i]], pool);
}

// The PLT's slots: slot i is .got.plt word 3 + i (validate.c checked
// that every R_X86_64_JUMP_SLOT of a module with a PLT stands on one).
static void add_slots(RtModule *r, const Module *m, RtChunk **pool) {
  const FleFile *f = m->f;
  if (!f->plt_size)
    return;
  r->pltgot = m->im.base + f->pltgot;
  r->nslots = (uint32_t)(f->pltgot_size / 8 - 3);
  r->slot_names = rt_pool_alloc(pool, r->nslots * sizeof *r->slot_names);
  r->slot_weak = rt_pool_alloc(pool, r->nslots);
  for (size_t g = 0; g < f->nsegments; g++)
    for (size_t k = 0; k < f->segments[g].nrelocs; k++) {
      const FleReloc *x = &f->segments[g].relocs[k];
      if (x->type != R_X86_64_JUMP_SLOT)
        continue;
      uint64_t i = (f->segments[g].vaddr + x->offset - f->pltgot) / 8 - 3;
      r->slot_names[i] = rt_pool_strdup(pool, f->syms[x->sym].name);
      r->slot_weak[i] = f->syms[x->sym].bind == STB_WEAK;
    }
}

static void fill_entry(RtModule *r, const Module *m) {
  uint64_t b = m->im.base;
  const FleFile *f = m->f;
  r->entry = (ModuleEntry){.base = b, .name = r->path,
                           .init_array = f->init_array_size ? b + f->init_array : 0,
                           .init_count = f->init_array_size / 8,
                           .fini_array = f->fini_array_size ? b + f->fini_array : 0,
                           .fini_count = f->fini_array_size / 8, .start = UINT64_MAX};
  for (size_t i = 0; i < m->im.nmaps; i++) {
    const Mapping *g = &m->im.maps[i];
    r->entry.start = g->start < r->entry.start ? g->start : r->entry.start;
    r->entry.end = g->end > r->entry.end ? g->end : r->entry.end;
  }
  r->start = r->entry.start, r->end = r->entry.end;
}

RtModule *rt_module_new(Runtime *rt, const Module *m, RtChunk **pool) {
  RtModule *r = rt_pool_alloc(pool, sizeof *r);
  r->rt = rt;
  r->dlopened = pool != &rt->chunks;
  r->name = rt_pool_strdup(pool, m->name);
  r->path = rt_pool_strdup(pool, m->path);
  r->soname = m->f->soname ? rt_pool_strdup(pool, m->f->soname) : NULL;
  r->base = m->im.base;
  r->dev = m->dev, r->ino = m->ino;
  add_exports(r, m, pool);
  add_slots(r, m, pool);
  fill_entry(r, m);
  char *origin = origin_of(m);
  r->origin = rt_pool_strdup(pool, origin);
  free(origin);
  r->nrunpath = (uint32_t)m->f->nrunpath;
  r->runpath = rt_pool_alloc(pool, (r->nrunpath + 1) * sizeof *r->runpath);
  for (uint32_t i = 0; i < r->nrunpath; i++)
    r->runpath[i] = rt_pool_strdup(pool, m->f->runpath[i]);
  r->nsegs = (uint32_t)m->im.nmaps;
  r->segs = rt_pool_alloc(pool, (r->nsegs + 1) * sizeof *r->segs);
  for (uint32_t i = 0; i < r->nsegs; i++)
    r->segs[i][0] = m->im.maps[i].start, r->segs[i][1] = m->im.maps[i].end;
  if (r->dlopened)
    r->pool = *pool;
  return r;
}

void rt_append(Runtime *rt, RtModule *r) {
  if (rt->last)
    rt->last->next = r;
  else
    rt->first = r;
  rt->last = r;
}

void rt_add_global(Runtime *rt, RtModule *r) {
  for (uint32_t i = 0; i < rt->nglobal; i++)
    if (rt->global[i] == r)
      return;
  if (rt->nglobal == rt->capglobal) {
    uint32_t cap = rt->capglobal ? 2 * rt->capglobal : 16;
    RtModule **g = rt_pool_alloc(&rt->chunks, cap * sizeof *g);
    if (rt->nglobal)
      memcpy(g, rt->global, rt->nglobal * sizeof *g);
    rt->global = g, rt->capglobal = cap;
  }
  rt->global[rt->nglobal++] = r;
}
