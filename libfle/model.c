// model.c — building, searching, comparing and freeing FLE models.
#include "internal.h"

#include <stdlib.h>
#include <string.h>

// Names are many and short: they are packed into chunks that the file
// owns, instead of one allocation each.
struct FleNames {
  struct FleNames *next;
  size_t used, cap;
  char text[];
};

static char *keep_name(FleFile *f, const char *s, size_t n) {
  struct FleNames *c = f->names;
  if (!c || c->cap - c->used < n + 1) {
    size_t cap = c ? c->cap * 2 : 256;
    if (cap > 65536)
      cap = 65536;
    if (cap < n + 1)
      cap = n + 1;
    c = fle_xmalloc(sizeof *c + cap);
    c->next = f->names;
    c->used = 0;
    c->cap = cap;
    f->names = c;
  }
  char *p = c->text + c->used;
  memcpy(p, s, n);
  p[n] = '\0';
  c->used += n + 1;
  return p;
}

FleFile *fle_new(FleKind kind, const char *path) {
  FleFile *f = fle_xcalloc(1, sizeof *f);
  f->kind = kind;
  f->version = FLE_VERSION;
  f->path = fle_xstrdup(path ? path : "");
  if (kind == FLE_EXE)
    f->interp = fle_xstrdup(FLE_DEFAULT_INTERP);
  return f;
}

static void free_strings(char **v, size_t n) {
  for (size_t i = 0; i < n; i++)
    free(v[i]);
  free(v);
}

void fle_free(FleFile *f) {
  if (!f)
    return;
  for (size_t i = 0; i < f->nsections; i++) {
    free(f->sections[i].data);
    free(f->sections[i].relocs);
  }
  for (size_t i = 0; i < f->nsegments; i++) {
    if (!f->segments[i].placed)
      free(f->segments[i].data);
    free(f->segments[i].relocs);
  }
  for (struct FleNames *c = f->names, *next; c; c = next) {
    next = c->next;
    free(c);
  }
  for (size_t i = 0; i < f->nmembers; i++)
    fle_free(f->members[i]);
  for (size_t i = 0; i < f->nindex; i++)
    free(f->index_syms[i]);
  free(f->sections);
  free(f->syms);
  free(f->segments);
  free(f->members);
  free(f->index_syms);
  free(f->index_member);
  free(f->interp);
  free(f->path);
  free_strings(f->needed, f->nneeded);
  free_strings(f->runpath, f->nrunpath);
  free(f->soname);
  free(f->exports);
  free(f);
}

size_t fle_add_section(FleFile *f, const char *name, uint32_t type,
                       uint64_t flags, uint64_t align) {
  FLE_GROW(f->sections, f->capsections, f->nsections + 1);
  FleSection *s = &f->sections[f->nsections];
  memset(s, 0, sizeof *s);
  s->name = keep_name(f, name, strlen(name));
  s->type = type;
  s->flags = flags;
  s->align = align ? align : 1;
  return f->nsections++;
}

size_t fle_add_symbol(FleFile *f, const FleSymbol *sym) {
  return fle_add_symbol_n(f, sym, sym->name, strlen(sym->name));
}

size_t fle_add_symbol_n(FleFile *f, const FleSymbol *sym, const char *name, size_t n) {
  FLE_GROW(f->syms, f->capsyms, f->nsyms + 1);
  f->syms[f->nsyms] = *sym;
  f->syms[f->nsyms].name = keep_name(f, name, n);
  return f->nsyms++;
}

// Sections and segments keep relocations the same way.
static size_t push_reloc(FleReloc **v, size_t *n, size_t *cap, const FleReloc *r) {
  FLE_GROW(*v, *cap, *n + 1);
  (*v)[*n] = *r;
  return (*n)++;
}

size_t fle_add_reloc(FleSection *s, const FleReloc *r) {
  return push_reloc(&s->relocs, &s->nrelocs, &s->caprelocs, r);
}

size_t fle_add_segment(FleFile *f, const char *name, uint32_t flags,
                       uint64_t vaddr, uint64_t align) {
  FLE_GROW(f->segments, f->capsegments, f->nsegments + 1);
  FleSegment *g = &f->segments[f->nsegments];
  memset(g, 0, sizeof *g);
  g->name = keep_name(f, name, strlen(name));
  g->flags = flags;
  g->vaddr = vaddr;
  g->align = align;
  return f->nsegments++;
}

size_t fle_add_segment_reloc(FleSegment *g, const FleReloc *r) {
  return push_reloc(&g->relocs, &g->nrelocs, &g->caprelocs, r);
}

size_t fle_add_member(FleFile *ar, FleFile *obj) {
  FLE_GROW(ar->members, ar->capmembers, ar->nmembers + 1);
  ar->members[ar->nmembers] = obj;
  return ar->nmembers++;
}

void fle_add_needed(FleFile *f, const char *name) {
  FLE_GROW(f->needed, f->capneeded, f->nneeded + 1);
  f->needed[f->nneeded++] = fle_xstrdup(name);
}

void fle_add_runpath(FleFile *f, const char *dir) {
  FLE_GROW(f->runpath, f->caprunpath, f->nrunpath + 1);
  f->runpath[f->nrunpath++] = fle_xstrdup(dir);
}

void fle_add_export(FleFile *f, int sym) {
  FLE_GROW(f->exports, f->capexports, f->nexports + 1);
  f->exports[f->nexports++] = sym;
}

// A segment relocation other than R_X86_64_RELATIVE binds a symbol at
// load time: only a dynamic loader applies it.
static bool binds_at_load(const FleFile *f) {
  for (size_t i = 0; i < f->nsegments; i++)
    for (size_t k = 0; k < f->segments[i].nrelocs; k++)
      if (f->segments[i].relocs[k].type != R_X86_64_RELATIVE)
        return true;
  return false;
}

bool fle_is_dynamic(const FleFile *f) {
  return f->kind == FLE_EXE &&
         (f->shared || f->soname || f->nneeded || f->nrunpath || f->nexports ||
          f->init_array_size || f->fini_array_size || f->plt_size || f->bind_now ||
          binds_at_load(f));
}

void fle_add_index(FleFile *ar, const char *sym, size_t member) {
  FLE_GROW(ar->index_syms, ar->capindex, ar->nindex + 1);
  size_t cap = ar->capindex;
  ar->index_member = fle_xrealloc(ar->index_member, cap * sizeof(size_t));
  ar->index_syms[ar->nindex] = fle_xstrdup(sym);
  ar->index_member[ar->nindex++] = member;
}

static bool defines(const FleSymbol *s) {
  return s->bind != STB_LOCAL && s->section != FLE_UNDEF &&
         s->type != STT_SECTION && s->type != STT_FILE;
}

void fle_build_index(FleFile *ar) {
  for (size_t i = 0; i < ar->nindex; i++)
    free(ar->index_syms[i]);
  ar->nindex = 0;
  FleMap seen;
  fle_map_init(&seen);
  for (size_t m = 0; m < ar->nmembers; m++) {
    FleFile *o = ar->members[m];
    for (size_t i = 0; i < o->nsyms; i++) {
      bool added;
      if (!defines(&o->syms[i]))
        continue;
      fle_map_put(&seen, o->syms[i].name, &added);
      if (added)
        fle_add_index(ar, o->syms[i].name, m);
    }
  }
  fle_map_free(&seen);
}

int fle_find_section(const FleFile *f, const char *name) {
  for (size_t i = 0; i < f->nsections; i++)
    if (strcmp(f->sections[i].name, name) == 0)
      return (int)i;
  return -1;
}

int fle_find_symbol(const FleFile *f, const char *name) {
  for (size_t i = 0; i < f->nsyms; i++)
    if (f->syms[i].type != STT_SECTION && strcmp(f->syms[i].name, name) == 0)
      return (int)i;
  return -1;
}

// ------------------------------------------------------------ equality
// Used by the round-trip tests: read -> write -> read must give the same
// model, field by field.

static bool str_eq(const char *a, const char *b) {
  return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

static bool relocs_eq(const FleReloc *a, const FleReloc *b, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (a[i].offset != b[i].offset || a[i].type != b[i].type ||
        a[i].sym != b[i].sym || a[i].addend != b[i].addend)
      return false;
  return true;
}

// No bytes are no bytes, whether the buffer is NULL or empty.
static bool data_eq(const uint8_t *a, const uint8_t *b, size_t n) {
  return (!a && !b) || n == 0 || (a && b && memcmp(a, b, n) == 0);
}

static bool section_eq(const FleSection *a, const FleSection *b) {
  return str_eq(a->name, b->name) && a->type == b->type &&
         a->flags == b->flags && a->align == b->align &&
         a->entsize == b->entsize && a->size == b->size &&
         a->addr == b->addr && data_eq(a->data, b->data, a->size) &&
         a->nrelocs == b->nrelocs && relocs_eq(a->relocs, b->relocs, a->nrelocs);
}

static bool symbol_eq(const FleSymbol *a, const FleSymbol *b) {
  return str_eq(a->name, b->name) && a->bind == b->bind &&
         a->type == b->type && a->vis == b->vis && a->section == b->section &&
         a->value == b->value && a->size == b->size;
}

static bool strings_eq(char *const *a, char *const *b, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!str_eq(a[i], b[i]))
      return false;
  return true;
}

static bool dynamic_eq(const FleFile *a, const FleFile *b) {
  return a->shared == b->shared && str_eq(a->soname, b->soname) &&
         a->nneeded == b->nneeded && strings_eq(a->needed, b->needed, a->nneeded) &&
         a->nrunpath == b->nrunpath && strings_eq(a->runpath, b->runpath, a->nrunpath) &&
         a->init_array == b->init_array && a->init_array_size == b->init_array_size &&
         a->fini_array == b->fini_array && a->fini_array_size == b->fini_array_size &&
         a->plt == b->plt && a->plt_size == b->plt_size && a->pltgot == b->pltgot &&
         a->pltgot_size == b->pltgot_size && a->bind_now == b->bind_now &&
         a->nexports == b->nexports &&
         (!a->nexports || memcmp(a->exports, b->exports, a->nexports * sizeof *a->exports) == 0);
}

static bool segment_eq(const FleSegment *a, const FleSegment *b) {
  return str_eq(a->name, b->name) && a->flags == b->flags &&
         a->vaddr == b->vaddr && a->memsz == b->memsz &&
         a->filesz == b->filesz && a->align == b->align &&
         data_eq(a->data, b->data, a->filesz) && a->nrelocs == b->nrelocs &&
         relocs_eq(a->relocs, b->relocs, a->nrelocs);
}

bool fle_models_equal(const FleFile *a, const FleFile *b) {
  if (a->kind != b->kind || a->nsections != b->nsections ||
      a->nsyms != b->nsyms || a->nsegments != b->nsegments ||
      a->nmembers != b->nmembers || a->nindex != b->nindex ||
      a->entry != b->entry || a->pie != b->pie || !str_eq(a->interp, b->interp) ||
      !dynamic_eq(a, b))
    return false;
  for (size_t i = 0; i < a->nsections; i++)
    if (!section_eq(&a->sections[i], &b->sections[i]))
      return false;
  for (size_t i = 0; i < a->nsyms; i++)
    if (!symbol_eq(&a->syms[i], &b->syms[i]))
      return false;
  for (size_t i = 0; i < a->nsegments; i++)
    if (!segment_eq(&a->segments[i], &b->segments[i]))
      return false;
  for (size_t i = 0; i < a->nmembers; i++)
    if (!str_eq(a->members[i]->path, b->members[i]->path) ||
        !fle_models_equal(a->members[i], b->members[i]))
      return false;
  for (size_t i = 0; i < a->nindex; i++)
    if (!str_eq(a->index_syms[i], b->index_syms[i]) ||
        a->index_member[i] != b->index_member[i])
      return false;
  return true;
}
