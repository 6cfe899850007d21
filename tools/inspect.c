// inspect.c — helpers shared by fle-readfle, fle-nm and fle-objdump.
// See inspect.h for what each one promises.
#include "inspect.h"

#include <stdio.h>
#include <stdlib.h>

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
