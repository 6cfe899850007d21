// validate.c — check the whole executable before anything is mapped.
//
// libfle's reader has already checked the syntax, the version, the
// line grammar and the relation of lines to sizes.  Here we check what a
// loader needs to trust, the way xv6's exec.c checks every program
// header field before using it, overflow included:
//
//   - there is something to load, and not absurdly much;
//   - each segment: known permissions, page-aligned vaddr and align,
//     memsz >= filesz, vaddr + memsz does not wrap, the whole segment in
//     the user part of the address space (or, for PIE, a span small
//     enough for a random base), not writable and executable at once
//     unless --allow-wx;
//   - load-time relocations are R_X86_64_RELATIVE and patch bytes inside
//     their segment's file bytes; a dynamic module's may also be 64,
//     GLOB_DAT, JUMP_SLOT and COPY (that one in an executable, within
//     its segment), none in an executable segment, each naming a symbol;
//   - no two segments overlap;
//   - a dynamic module's init_array and fini_array lie in a segment;
//   - the entry lies inside an executable segment (a .so has none).
//
// Each violation prints one line "fle-exec: error: FILE: what is wrong".
// Clashes with the loader's own memory are found when mapping, by
// MAP_FIXED_NOREPLACE (map.c).
#include "fle-exec.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *path_;
static FILE *out_;

static int fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int fail(const char *fmt, ...) {
  va_list ap;
  fprintf(out_, "fle-exec: error: %s: ", path_);
  va_start(ap, fmt);
  vfprintf(out_, fmt, ap);
  va_end(ap);
  fputc('\n', out_);
  return -1;
}

// 'segment text', or 'segment #2' for a nameless one (n >= 32).  Built
// by hand: it runs for every segment on every start, and printf's deep
// stack frame alone costs a page fault.
const char *segment_label(const FleFile *f, size_t i, char *buf, size_t n) {
  const char *name = f->segments[i].name;
  char num[24], *p = num + sizeof num;
  *--p = 0;
  if (!name || !*name) {
    do
      *--p = '0' + i % 10;
    while (i /= 10);
    *--p = '#';
    name = p;
  }
  size_t len = strlen(name);
  if (len > n - 9)
    len = n - 9;
  memcpy(buf, "segment ", 8);
  memcpy(buf + 8, name, len);
  buf[8 + len] = 0;
  return buf;
}

static bool is_pow2(uint64_t x) { return x && !(x & (x - 1)); }

// What a dynamic module's relocations may be (spec/abi.md §9).
static bool dynamic_type(uint32_t t) {
  return t == R_X86_64_RELATIVE || t == R_X86_64_64 || t == R_X86_64_GLOB_DAT ||
         t == R_X86_64_JUMP_SLOT || t == R_X86_64_COPY;
}

// A relocation of a dynamic module: its symbol, and no writing to code.
static int check_dynamic_reloc(const FleFile *f, const FleSegment *g,
                               const FleReloc *r, const char *seg) {
  const FleRelocType *t = fle_reloc_by_type(r->type);
  if (g->flags & PF_X)
    return fail("%s: relocation %s at offset 0x%llx is in an executable "
                "segment (text relocations are not supported)",
                seg, t ? t->name : "?", (unsigned long long)r->offset);
  if (r->type == R_X86_64_RELATIVE)
    return 0;
  if (r->sym < 0 || (size_t)r->sym >= f->nsyms)
    return fail("%s: relocation at offset 0x%llx names no symbol", seg,
                (unsigned long long)r->offset);
  uint64_t P = g->vaddr + r->offset;
  if (r->type == R_X86_64_JUMP_SLOT && f->plt_size &&
      (P < f->pltgot + 24 || P - f->pltgot >= f->pltgot_size || (P - f->pltgot) % 8))
    return fail("%s: R_X86_64_JUMP_SLOT(%s) at 0x%llx is not one of the PLT's slots "
                "(\"pltgot\" 0x%llx, after its 3 reserved words)", seg, f->syms[r->sym].name,
                (unsigned long long)P, (unsigned long long)f->pltgot);
  if (r->type != R_X86_64_COPY)
    return 0;
  uint64_t size = f->syms[r->sym].size;
  if (f->shared || r->offset > g->memsz || g->memsz - r->offset < size)
    return fail("%s: R_X86_64_COPY(%s) at offset 0x%llx: %s", seg,
                f->syms[r->sym].name, (unsigned long long)r->offset,
                f->shared ? "only an executable can hold one"
                          : "the copy does not fit in the segment");
  return 0;
}

static int check_relocs(const FleFile *f, size_t i, const char *seg, bool dynamic) {
  const FleSegment *g = &f->segments[i];
  for (size_t k = 0; k < g->nrelocs; k++) {
    const FleReloc *r = &g->relocs[k];
    if (!(dynamic ? dynamic_type(r->type) : r->type == R_X86_64_RELATIVE)) {
      const FleRelocType *t = fle_reloc_by_type(r->type);
      return fail("%s: relocation %s at offset 0x%llx cannot be applied at "
                  "load time (only %s can)",
                  seg, t ? t->name : "?", (unsigned long long)r->offset,
                  dynamic ? "R_X86_64_RELATIVE, 64, GLOB_DAT, JUMP_SLOT and COPY"
                          : "R_X86_64_RELATIVE");
    }
    if (dynamic && check_dynamic_reloc(f, g, r, seg) < 0)
      return -1;
    if (r->type == R_X86_64_COPY)
      continue;   // width 0: checked against memsz above
    if (r->offset > g->filesz || g->filesz - r->offset < 8)
      return fail("%s: relocation at offset 0x%llx lies outside the "
                  "segment's 0x%llx file bytes",
                  seg, (unsigned long long)r->offset,
                  (unsigned long long)g->filesz);
  }
  return 0;
}

static int check_segment(const FleFile *f, size_t i, const Options *opt, bool dynamic) {
  const FleSegment *g = &f->segments[i];
  char seg[96];
  segment_label(f, i, seg, sizeof seg);
  char perm[4];
  fle_pflags_str(g->flags, perm);

  if (g->flags & ~(uint32_t)(PF_R | PF_W | PF_X))
    return fail("%s: unknown permission bits 0x%x", seg, g->flags);
  if (g->vaddr % PAGE_SIZE)
    return fail("%s: vaddr 0x%llx is not page-aligned (0x%llx)", seg,
                (unsigned long long)g->vaddr, PAGE_SIZE);
  if (!is_pow2(g->align) || g->align % PAGE_SIZE)
    return fail("%s: align 0x%llx is not a power-of-two multiple of the "
                "page size (0x%llx)",
                seg, (unsigned long long)g->align, PAGE_SIZE);
  // A PIE's base is drawn from PIE_BASE_RANGE in steps of the largest
  // alignment; an alignment that leaves no choice is refused.
  if (image_movable(f) && g->align > PIE_BASE_RANGE / 2)
    return fail("%s: align 0x%llx is larger than a PIE can be placed with (at most 0x%llx)",
                seg, (unsigned long long)g->align, PIE_BASE_RANGE / 2);
  if (g->filesz > g->memsz)
    return fail("%s: filesz 0x%llx exceeds memsz 0x%llx", seg,
                (unsigned long long)g->filesz, (unsigned long long)g->memsz);
  // Overflow first: vaddr + memsz must not wrap, nor its page round-up.
  if (g->vaddr + g->memsz < g->vaddr || PAGE_UP(g->vaddr + g->memsz) < g->vaddr)
    return fail("%s: vaddr 0x%llx + memsz 0x%llx overflows", seg,
                (unsigned long long)g->vaddr, (unsigned long long)g->memsz);
  uint64_t end = PAGE_UP(g->vaddr + g->memsz);
  if (image_movable(f)) {
    if (end > MAX_PIE_SPAN)
      return fail("%s: ends at 0x%llx; a position-independent image must "
                  "fit in 0x%llx bytes",
                  seg, (unsigned long long)end, MAX_PIE_SPAN);
  } else {
    if (g->memsz && g->vaddr < USER_BOTTOM)
      return fail("%s: vaddr 0x%llx is below the lowest mappable address "
                  "0x%llx",
                  seg, (unsigned long long)g->vaddr, USER_BOTTOM);
    if (end > USER_TOP)
      return fail("%s: 0x%llx-0x%llx reaches beyond the user address space "
                  "(which ends at 0x%llx)",
                  seg, (unsigned long long)g->vaddr, (unsigned long long)end,
                  USER_TOP);
  }
  if ((g->flags & PF_W) && (g->flags & PF_X) && !opt->allow_wx)
    return fail("%s is writable and executable (%s); --allow-wx loads it "
                "anyway",
                seg, perm);
  return check_relocs(f, i, seg, dynamic);
}

// Sorts by vaddr: insertion sort, as there are at most MAX_SEGMENTS (and
// usually three); qsort's deeper stack would cost a page fault.
static void sort_by_vaddr(const FleSegment **v, size_t n) {
  for (size_t i = 1; i < n; i++) {
    const FleSegment *x = v[i];
    size_t j = i;
    for (; j > 0 && v[j - 1]->vaddr > x->vaddr; j--)
      v[j] = v[j - 1];
    v[j] = x;
  }
}

// Segments are page-aligned, so comparing page-rounded ends against the
// next start is the same as comparing the byte ranges.
static int check_overlap(const FleFile *f) {
  size_t n = f->nsegments;   // at most MAX_SEGMENTS: checked first
  const FleSegment *v[MAX_SEGMENTS];
  for (size_t i = 0; i < n; i++)
    v[i] = &f->segments[i];
  sort_by_vaddr(v, n);
  int rc = 0;
  for (size_t i = 1; i < n && rc == 0; i++) {
    const FleSegment *a = v[i - 1], *b = v[i];
    if (a->memsz && b->memsz && PAGE_UP(a->vaddr + a->memsz) > b->vaddr) {
      char la[96], lb[96];
      segment_label(f, a - f->segments, la, sizeof la);
      segment_label(f, b - f->segments, lb, sizeof lb);
      rc = fail("%s (0x%llx-0x%llx) and %s (0x%llx-0x%llx) overlap", la,
                (unsigned long long)a->vaddr,
                (unsigned long long)(a->vaddr + a->memsz), lb,
                (unsigned long long)b->vaddr,
                (unsigned long long)(b->vaddr + b->memsz));
    }
  }
  return rc;
}

static int check_entry(const FleFile *f) {
  for (size_t i = 0; i < f->nsegments; i++) {
    const FleSegment *g = &f->segments[i];
    if (f->entry < g->vaddr || f->entry - g->vaddr >= g->memsz)
      continue;
    if (g->flags & PF_X)
      return 0;
    char seg[96], perm[4];
    fle_pflags_str(g->flags, perm);
    return fail("entry 0x%llx is in %s, which is not executable (%s)",
                (unsigned long long)f->entry,
                segment_label(f, i, seg, sizeof seg), perm);
  }
  return fail("entry 0x%llx is outside every segment",
              (unsigned long long)f->entry);
}

// A dynamic module's constructor and destructor arrays lie in one
// segment, whole pointers.
static int check_array(const FleFile *f, const char *what, uint64_t addr, uint64_t size) {
  if (!size)
    return 0;
  for (size_t i = 0; i < f->nsegments; i++) {
    const FleSegment *g = &f->segments[i];
    if (addr >= g->vaddr && addr - g->vaddr <= g->memsz &&
        g->memsz - (addr - g->vaddr) >= size && size % 8 == 0)
      return 0;
  }
  return fail("%s 0x%llx (0x%llx bytes) is not whole pointers inside a segment", what,
              (unsigned long long)addr, (unsigned long long)size);
}

// The PLT is code, its slots are data the loader and the resolver write.
static int check_plt(const FleFile *f) {
  if (!f->plt_size)
    return 0;
  struct { const char *key; uint64_t addr; uint32_t want, refuse; } t[2] = {
      {"plt", f->plt, PF_X, PF_W}, {"pltgot", f->pltgot, PF_W, PF_X}};
  for (int k = 0; k < 2; k++) {
    int i = -1;
    for (size_t s = 0; s < f->nsegments && i < 0; s++)
      if (t[k].addr >= f->segments[s].vaddr &&
          t[k].addr - f->segments[s].vaddr < f->segments[s].memsz)
        i = (int)s;
    uint32_t fl = i < 0 ? 0 : f->segments[i].flags;
    if (!(fl & t[k].want) || (fl & t[k].refuse))
      return fail("\"%s\" 0x%llx must lie in a%s segment", t[k].key,
                  (unsigned long long)t[k].addr,
                  k ? " writable, not executable," : "n executable, not writable,");
  }
  return 0;
}

int validate(const FleFile *f, const char *path, const Options *opt) {
  path_ = path;
  out_ = opt->err ? opt->err : stderr;
  if (f->kind != FLE_EXE)
    return fail("not an executable");
  if (f->nsegments == 0)
    return fail("no segments to load");
  if (f->nsegments > MAX_SEGMENTS)
    return fail("%zu segments; at most %d are loaded", f->nsegments,
                MAX_SEGMENTS);
  // Asked once: with no dynamic key, the answer is a walk over every
  // load-time relocation (fle_is_dynamic).
  bool dynamic = fle_is_dynamic(f);
  for (size_t i = 0; i < f->nsegments; i++)
    if (check_segment(f, i, opt, dynamic) < 0)
      return -1;
  if (check_overlap(f) < 0)
    return -1;
  if (check_array(f, "init_array", f->init_array, f->init_array_size) < 0 ||
      check_array(f, "fini_array", f->fini_array, f->fini_array_size) < 0 ||
      check_plt(f) < 0)
    return -1;
  return f->shared ? 0 : check_entry(f);
}

