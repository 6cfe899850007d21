// inspect.c — helpers shared by fle-readfle, fle-nm and fle-objdump.
// See inspect.h for what each one promises.
#include "inspect.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

FleFile *inspect_read(const char *path) {
  FleFile *f = fle_read_input(path);
  if (!f)
    fle_errorf("%s", fle_error());
  return f;
}

static int order_group(const FleSymbol *s) {
  if (s->type == STT_FILE)
    return 0;
  if (s->type == STT_SECTION)
    return 1;
  return s->bind == STB_LOCAL ? 2 : 3;
}

size_t *inspect_symbol_order(const FleFile *f, size_t **rank) {
  size_t *order = fle_xmalloc((f->nsyms + 1) * sizeof *order), n = 0;
  for (int g = 0; g < 4; g++)
    for (size_t i = 0; i < f->nsyms; i++)
      if (order_group(&f->syms[i]) == g)
        order[n++] = i;
  if (rank) {
    *rank = fle_xmalloc((f->nsyms + 1) * sizeof **rank);
    for (size_t k = 0; k < n; k++)
      (*rank)[order[k]] = k;
  }
  return order;
}

int inspect_exe_section_at(const FleFile *f, uint64_t addr) {
  int inside = -1, at_end = -1;
  for (size_t i = 0; i < f->nsections; i++) {
    const FleSection *s = &f->sections[i];
    if (!(s->flags & SHF_ALLOC)) // debugging information: no address
      continue;
    if (addr >= s->addr && addr - s->addr < s->size)
      inside = (int)i;
    else if (addr >= s->addr && addr - s->addr == s->size)
      at_end = (int)i;
  }
  return inside >= 0 ? inside : at_end;
}

// A segment may end exactly where the next one starts: that address is
// the next one's, so a segment ending there counts only if none holds it.
int inspect_exe_segment_at(const FleFile *f, uint64_t addr) {
  int at_end = -1;
  for (size_t i = 0; i < f->nsegments; i++) {
    const FleSegment *g = &f->segments[i];
    if (addr >= g->vaddr && addr - g->vaddr < g->memsz)
      return (int)i;
    if (addr >= g->vaddr && addr - g->vaddr == g->memsz)
      at_end = (int)i;
  }
  return at_end;
}

bool inspect_exe_is_zero_fill(const FleFile *f, uint64_t addr) {
  int g = inspect_exe_segment_at(f, addr);
  return g >= 0 && addr >= f->segments[g].vaddr + f->segments[g].filesz &&
         f->segments[g].memsz > f->segments[g].filesz;
}

bool inspect_is_exported(const FleFile *f, int sym) {
  for (size_t i = 0; i < f->nexports; i++)
    if (f->exports[i] == sym)
      return true;
  return false;
}

static bool listed(const int *v, size_t n, int sym) {
  for (size_t i = 0; i < n; i++)
    if (v[i] == sym)
      return true;
  return false;
}

int *inspect_dynsyms(const FleFile *f, size_t *n) {
  *n = 0;
  if (!fle_is_dynamic(f))
    return NULL;
  size_t cap = f->nsyms + 1;
  int *v = fle_xmalloc(cap * sizeof *v);
  for (size_t i = 0; i < f->nsyms; i++)
    if (f->syms[i].section == FLE_UNDEF && f->syms[i].bind != STB_LOCAL)
      v[(*n)++] = (int)i;
  for (size_t i = 0; i < f->nexports; i++)
    if (!listed(v, *n, f->exports[i]))
      v[(*n)++] = f->exports[i];
  // A relocation against a global that is not exported (the format
  // allows it) still needs the symbol in ELF's .dynsym.
  for (size_t g = 0; g < f->nsegments; g++)
    for (size_t k = 0; k < f->segments[g].nrelocs; k++) {
      int sym = f->segments[g].relocs[k].sym;
      if (sym >= 0 && !listed(v, *n, sym))
        v[(*n)++] = sym;
    }
  return v;
}

uint64_t inspect_dynsym_value(const FleFile *f, int sym) {
  const FleSymbol *s = &f->syms[sym];
  if (s->section != FLE_UNDEF || !inspect_is_exported(f, sym))
    return s->value;
  size_t len = strlen(s->name);
  for (size_t i = 0; i < f->nsyms; i++) {
    const char *name = f->syms[i].name;
    if (f->syms[i].section != FLE_UNDEF && !strncmp(name, s->name, len) &&
        !strcmp(name + len, "@plt"))
      return f->syms[i].value;
  }
  return s->value;
}

const uint8_t *inspect_section_bytes(const FleFile *f, const FleSection *s, uint64_t *len) {
  *len = 0;
  if (f->kind != FLE_EXE || !(s->flags & SHF_ALLOC)) { // its own bytes (debug info)
    *len = s->data ? s->size : 0;
    return s->data;
  }
  int g = inspect_exe_segment_at(f, s->addr);
  if (g < 0 || !s->size)
    return NULL;
  const FleSegment *seg = &f->segments[g];
  uint64_t off = s->addr - seg->vaddr;
  if (off >= seg->filesz)
    return NULL;
  *len = s->size < seg->filesz - off ? s->size : seg->filesz - off;
  return seg->data + off;
}

const char *inspect_member_name(const char *archive, const char *member) {
  static char *buf;
  free(buf);
  size_t n = snprintf(NULL, 0, "%s(%s)", archive, member) + 1;
  buf = fle_xmalloc(n);
  snprintf(buf, n, "%s(%s)", archive, member);
  return buf;
}
