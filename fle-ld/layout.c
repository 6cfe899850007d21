// layout.c — output sections, addresses and segments.
//
// Input sections are merged by family into output sections, in input
// order, each piece at an offset that respects its alignment:
//
//   segment  permissions  output sections
//   text     r-x          .text (every executable section), .plt
//   rodata   r--          .rodata (.rodata*), then other read-only
//                         sections under their own names (.eh_frame, ...)
//   data     rw-          .tdata .tbss .preinit_array .init_array
//                         .fini_array .data.rel.ro .got .got.plt .data
//                         .bss
//
// .plt and .got.plt are the linker's own (dynamic.c), empty and so left
// out of the output unless the link involves a shared library.
//
// .init_array.N pieces come first, sorted by priority N, then plain
// .init_array (as GNU ld's SORT_BY_INIT_PRIORITY).  .bss is recognised by
// its type (NOBITS), never its name; it comes last in the data segment so
// it takes memory but no file bytes.  COMMON symbols are placed at the
// end of .bss, then the copies of library variables (R_X86_64_COPY).
//
// Thread-local sections (flag T) form the TLS template at the start of
// the data segment: .tdata (the initialisation image, file bytes like
// .data) then .tbss, which takes no memory in the image at all: its
// addresses continue the template past .tdata, over whatever follows,
// and only count in the template's memsz.  The C library copies the
// image into each thread's block at startup (spec/FLE.md §5.1).
//
// Debug sections (.debug_*, no A flag) are concatenated by name in input
// order outside every segment: nothing loads them; in their string
// sections equal strings are stored once (merge.c).  Their addresses start
// at 0, so a reference from one debug section into another is the offset
// inside the output section, as in GNU ld's output.
//
// Each segment starts on a page boundary, so no page is both writable and
// executable.  A normal executable's image starts at 0x400000 with the
// first segment at 0x401000 (the first page plays the part of the ELF
// headers); a PIE is linked at 0 with its first segment at 0x1000.
#include "ld.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  const char *name;
  SegKind seg;
  int rank;
  uint32_t type;
} Family;

// The fixed output sections, in output order.
static const Family families[] = {
    {".text", SEG_TEXT, 0, SHT_PROGBITS},
    {".plt", SEG_TEXT, 1, SHT_PROGBITS},
    {".rodata", SEG_RODATA, 0, SHT_PROGBITS},
    {".tdata", SEG_DATA, 0, SHT_PROGBITS},
    {".tbss", SEG_DATA, 1, SHT_NOBITS},
    {".preinit_array", SEG_DATA, 2, SHT_PREINIT_ARRAY},
    {".init_array", SEG_DATA, 3, SHT_INIT_ARRAY},
    {".fini_array", SEG_DATA, 4, SHT_FINI_ARRAY},
    {".data.rel.ro", SEG_DATA, 5, SHT_PROGBITS},
    {".got", SEG_DATA, 6, SHT_PROGBITS},
    {".got.plt", SEG_DATA, 7, SHT_PROGBITS},
    {".data", SEG_DATA, 8, SHT_PROGBITS},
    {".bss", SEG_DATA, 9, SHT_NOBITS},
};

static const uint64_t seg_shflags[SEG_COUNT] = {
    SHF_ALLOC | SHF_EXECINSTR, SHF_ALLOC, SHF_ALLOC | SHF_WRITE};
static const uint32_t seg_pflags[SEG_COUNT] = {PF_R | PF_X, PF_R,
                                               PF_R | PF_W};
static const char *const seg_names[SEG_COUNT] = {"text", "rodata", "data"};

static OutputSection *new_osec(Link *ld, const char *name, SegKind seg,
                               int rank, uint32_t type) {
  OutputSection *o = fle_xcalloc(1, sizeof *o);
  o->name = fle_xstrdup(name);
  o->seg = seg;
  o->rank = rank;
  o->type = type;
  o->flags = seg < SEG_COUNT ? seg_shflags[seg] : 0;
  o->align = 1;
  FLE_GROW(ld->osecs, ld->caposecs, ld->nosecs + 1);
  *fle_map_put(&ld->osecmap, o->name, NULL) = ld->nosecs;
  ld->osecs[ld->nosecs++] = o;
  return o;
}

static OutputSection *find_osec(Link *ld, const char *name) {
  size_t *i = fle_map_get(&ld->osecmap, name);
  return i ? ld->osecs[*i] : NULL;
}

static bool has_prefix(const char *name, const char *family) {
  size_t n = strlen(family);
  return strncmp(name, family, n) == 0 && (name[n] == '\0' || name[n] == '.');
}

// The output section name for an input section (NULL: its own name).
static const char *family_of(const FleSection *s) {
  if (s->flags & SHF_TLS)
    return s->type == SHT_NOBITS ? ".tbss" : ".tdata";
  if (s->type == SHT_INIT_ARRAY || has_prefix(s->name, ".init_array"))
    return ".init_array";
  if (s->type == SHT_FINI_ARRAY || has_prefix(s->name, ".fini_array"))
    return ".fini_array";
  if (s->type == SHT_PREINIT_ARRAY || has_prefix(s->name, ".preinit_array"))
    return ".preinit_array";
  if (s->flags & SHF_EXECINSTR)
    return ".text";
  if (s->type == SHT_NOBITS)
    return ".bss";
  if (!(s->flags & SHF_WRITE))
    return has_prefix(s->name, ".rodata") ? ".rodata" : NULL;
  return has_prefix(s->name, ".data.rel.ro") ? ".data.rel.ro" : ".data";
}

static OutputSection *osec_for(Link *ld, const FleSection *s) {
  if (!(s->flags & SHF_ALLOC)) {
    OutputSection *o = find_osec(ld, s->name);
    if (!o) {
      o = new_osec(ld, s->name, SEG_NONE, 0, s->type);
      o->flags = s->flags & (SHF_MERGE | SHF_STRINGS);
      o->entsize = s->entsize;
    }
    return o;
  }
  const char *name = family_of(s);
  if (name)
    return find_osec(ld, name);
  OutputSection *o = find_osec(ld, s->name);
  return o ? o : new_osec(ld, s->name, SEG_RODATA, 1, s->type);
}

static void add_piece(OutputSection *o, InputFile *f, int sec) {
  FLE_GROW(o->pieces, o->cappieces, o->npieces + 1);
  o->pieces[o->npieces++] = (Piece){f, sec, 0};
  f->secout[sec] = o;
}

// ".init_array.101" -> 101; plain ".init_array" -> after every priority.
static unsigned long init_priority(const Piece *p) {
  const char *name = p->file->obj->sections[p->sec].name;
  const char *dot = strchr(name + 1, '.');
  return dot ? strtoul(dot + 1, NULL, 10) : 65536;
}

static int cmp_priority(const void *a, const void *b) {
  const Piece *x = a, *y = b;
  unsigned long px = init_priority(x), py = init_priority(y);
  if (px != py)
    return px < py ? -1 : 1;
  return x->offset < y->offset ? -1 : x->offset > y->offset; // input order
}

static void sort_by_priority(OutputSection *o) {
  for (size_t i = 0; i < o->npieces; i++)
    o->pieces[i].offset = i; // remembers input order for a stable sort
  if (o->npieces > 1) // qsort(NULL, 0) is undefined
    qsort(o->pieces, o->npieces, sizeof *o->pieces, cmp_priority);
}

// Gives each piece its offset; the output section its size and alignment.
static void place_pieces(OutputSection *o) {
  uint64_t size = 0;
  for (size_t i = 0; i < o->npieces; i++) {
    Piece *p = &o->pieces[i];
    FleSection *s = &p->file->obj->sections[p->sec];
    uint64_t al = s->align ? s->align : 1;
    size = align_up(size, al);
    p->offset = size;
    p->file->secoff[p->sec] = size;
    size = add_capped(size, s->size);
    if (al > o->align)
      o->align = al;
  }
  o->size = size;
}

// COMMON symbols become zero memory at the end of .bss.
static void place_commons(Link *ld, OutputSection *bss) {
  bool heading = false;
  for (size_t i = 0; i < ld->nsyms; i++) {
    Symbol *s = ld->syms[i];
    if (s->state != SYM_COMMON)
      continue;
    bss->size = align_up(bss->size, s->align);
    s->osec = bss;
    s->addr = bss->size; // an offset until layout
    bss->size = add_capped(bss->size, s->size);
    if (s->align > bss->align)
      bss->align = s->align;
    if (!heading)
      tracef(ld, TRACE_RESOLVE, NULL, "== COMMON symbols\n"), heading = true;
    tracef(ld, s->file->library ? TRACE_RESOLVE_ALL : TRACE_RESOLVE, s->name,
           "symbol %s: COMMON from %s placed at .bss+0x%llx, size "
           "0x%llx align 0x%llx\n",
           s->name, s->file->name, (unsigned long long)s->addr,
           (unsigned long long)s->size, (unsigned long long)s->align);
  }
}

static void add_file_sections(Link *ld, InputFile *f) {
  for (size_t k = 0; k < f->obj->nsections; k++) {
    FleSection *s = &f->obj->sections[k];
    add_piece(osec_for(ld, s), f, (int)k);
  }
}

static int cmp_osec(const void *a, const void *b) {
  const OutputSection *x = *(OutputSection *const *)a;
  const OutputSection *y = *(OutputSection *const *)b;
  if (x->seg != y->seg)
    return x->seg < y->seg ? -1 : 1;
  return x->rank - y->rank;
}

void create_output_sections(Link *ld) {
  for (size_t i = 0; i < sizeof families / sizeof *families; i++) {
    const Family *fam = &families[i];
    new_osec(ld, fam->name, fam->seg, fam->rank, fam->type)->keep = true;
  }
  ld->got = find_osec(ld, ".got");
  ld->plt = find_osec(ld, ".plt");
  ld->gotplt = find_osec(ld, ".got.plt");
  ld->tdata = find_osec(ld, ".tdata");
  ld->tbss = find_osec(ld, ".tbss");
  ld->tdata->flags |= SHF_TLS;
  ld->tbss->flags |= SHF_TLS;
  for (size_t i = 0; i < ld->nfiles; i++)
    add_file_sections(ld, ld->files[i]);
  sort_by_priority(find_osec(ld, ".init_array"));
  sort_by_priority(find_osec(ld, ".fini_array"));
  sort_by_priority(find_osec(ld, ".preinit_array"));
  for (size_t i = 0; i < ld->nosecs; i++) {
    place_pieces(ld->osecs[i]);
    merge_strings(ld->osecs[i]);
  }
  place_commons(ld, find_osec(ld, ".bss"));
  // The template is aligned as its most aligned piece: .tdata starts it.
  if (ld->tbss->align > ld->tdata->align)
    ld->tdata->align = ld->tbss->align;
  // Stable order: by segment, by rank, then by first appearance.
  for (size_t i = 0; i < ld->nosecs; i++)
    ld->osecs[i]->rank = ld->osecs[i]->rank * 100000 + (int)i;
  qsort(ld->osecs, ld->nosecs, sizeof *ld->osecs, cmp_osec);
  for (size_t i = 0; i < ld->nosecs; i++)
    *fle_map_put(&ld->osecmap, ld->osecs[i]->name, NULL) = i;
}

// ----------------------------------------------------------- addresses

uint64_t input_addr(const InputFile *f, int sec) {
  return f->secout[sec]->addr + f->secoff[sec];
}

OutputSection *output_section(Link *ld, const char *name) {
  return find_osec(ld, name);
}

// The value a relocation uses as S for symbol symidx of file f.
uint64_t symbol_addr(Link *ld, InputFile *f, int symidx) {
  Symbol *g = f->gsyms[symidx];
  if (g)
    return g->addr;
  const FleSymbol *s = &f->obj->syms[symidx];
  if (s->section >= 0)
    return input_addr(f, s->section) + s->value;
  return s->value; // FLE_ABS
}

// Lays out one segment's output sections from address start.
static uint64_t layout_segment(Link *ld, SegKind k, uint64_t start) {
  Segment *g = &ld->segs[k];
  uint64_t addr = start, fileend = start;
  for (size_t i = 0; i < ld->nosecs; i++) {
    OutputSection *o = ld->osecs[i];
    if (o->seg != k)
      continue;
    addr = align_up(addr, o->align);
    o->addr = addr;
    if (o == ld->tbss)
      continue; // TLS template only: no memory in the image
    addr = add_capped(addr, o->size);
    if (o->type != SHT_NOBITS && o->size)
      fileend = addr;
  }
  g->name = seg_names[k];
  g->flags = seg_pflags[k];
  g->vaddr = start;
  g->memsz = addr - start;
  g->filesz = fileend - start;
  return addr;
}

static uint64_t max_align(Link *ld, SegKind k) {
  uint64_t al = LD_PAGE;
  for (size_t i = 0; i < ld->nosecs; i++)
    if (ld->osecs[i]->seg == k && ld->osecs[i]->align > al)
      al = ld->osecs[i]->align;
  return al;
}

static void set_linker(Link *ld, const char *name, uint64_t addr) {
  Symbol *s = sym_lookup(ld, name);
  if (s && s->state == SYM_LINKER)
    s->addr = addr;
}

static void set_range(Link *ld, const char *prefix, OutputSection *o) {
  char name[64];
  snprintf(name, sizeof name, "__%s_array_start", prefix);
  set_linker(ld, name, o->addr);
  snprintf(name, sizeof name, "__%s_array_end", prefix);
  set_linker(ld, name, o->addr + o->size);
}

static void define_linker_values(Link *ld, uint64_t end) {
  Segment *text = &ld->segs[SEG_TEXT], *data = &ld->segs[SEG_DATA];
  OutputSection *t = find_osec(ld, ".text");
  set_linker(ld, "__executable_start", ld->base);
  set_linker(ld, "_etext", t->addr + t->size);
  set_linker(ld, "etext", t->addr + t->size);
  set_linker(ld, "__etext", t->addr + t->size);
  set_range(ld, "preinit", find_osec(ld, ".preinit_array"));
  set_range(ld, "init", find_osec(ld, ".init_array"));
  set_range(ld, "fini", find_osec(ld, ".fini_array"));
  uint64_t edata = data->memsz ? data->vaddr + data->filesz : end;
  set_linker(ld, "_edata", edata);
  set_linker(ld, "edata", edata);
  set_linker(ld, "__bss_start", find_osec(ld, ".bss")->addr);
  set_linker(ld, "_end", end);
  set_linker(ld, "end", end);
  set_linker(ld, "_GLOBAL_OFFSET_TABLE_", ld->got->addr);
  set_linker(ld, "__tls_image", ld->tls_start);
  set_linker(ld, "_TLS_MODULE_BASE_", ld->tls_start); // gnu2 local-dynamic's base
  set_linker(ld, "__tls_filesz", ld->tls_filesz);
  set_linker(ld, "__tls_memsz", ld->tls_memsz);
  set_linker(ld, "__tls_align", ld->tls_align);
  (void)text;
}

// ------------------------------------------------------ the TLS template

// The template: .tdata's bytes (filesz), then .tbss up to memsz.
static void layout_tls(Link *ld) {
  OutputSection *d = ld->tdata, *b = ld->tbss;
  if (!ld->has_tls)
    return;
  ld->tls_start = d->addr;
  ld->tls_filesz = d->size;
  ld->tls_memsz = b->size ? b->addr + b->size - d->addr : d->size;
  ld->tls_align = d->align > b->align ? d->align : b->align;
}

// x86-64 TLS variant II: the thread pointer (%fs:0) is the end of the
// TLS block, rounded up to its alignment; the block lies below it.
uint64_t tp_offset(const Link *ld) {
  return align_up(ld->tls_memsz, ld->tls_align);
}

int64_t dtpoff(const Link *ld, uint64_t S) {
  return (int64_t)(S - ld->tls_start);
}

int64_t tpoff(const Link *ld, uint64_t S) {
  return (int64_t)(S - ld->tls_start - tp_offset(ld));
}

static void trace_tls(Link *ld) {
  tracef(ld, TRACE_LAYOUT, NULL, "== TLS template\n");
  tracef(ld, TRACE_LAYOUT, NULL,
         "0x%llx-0x%llx filesz 0x%llx (.tdata, the image) memsz 0x%llx "
         "align 0x%llx; thread pointer = block + 0x%llx, so tpoff(S) = S - "
         "0x%llx\n",
         (unsigned long long)ld->tls_start,
         (unsigned long long)(ld->tls_start + ld->tls_memsz),
         (unsigned long long)ld->tls_filesz, (unsigned long long)ld->tls_memsz,
         (unsigned long long)ld->tls_align, (unsigned long long)tp_offset(ld),
         (unsigned long long)(ld->tls_start + tp_offset(ld)));
}

// Every global gets its final value: S for relocations.
static void set_symbol_values(Link *ld) {
  for (size_t i = 0; i < ld->nsyms; i++) {
    Symbol *s = ld->syms[i];
    if (s->state == SYM_COMMON)
      s->addr += s->osec->addr;
    else if (s->state == SYM_DEFINED) {
      const FleSymbol *fs = &s->file->obj->syms[s->index];
      s->addr = fs->section >= 0
                    ? input_addr(s->file, fs->section) + fs->value
                    : fs->value;
    } else if (s->state == SYM_UNDEF) {
      s->addr = 0; // undefined weak
    } else if (s->state == SYM_SHARED) {
      // Its address is the loader's to find, unless this executable
      // holds the variable (a copy) or the function's address (a
      // canonical PLT entry).
      s->addr = s->needs & NEEDS_COPY   ? s->addr + s->osec->addr
                : s->needs & NEEDS_CPLT ? plt_addr(ld, s)
                                        : 0;
    }
  }
}

static void set_entry(Link *ld) {
  if (output_kind(ld) == OUT_SHARED)
    return; // a .so is not run
  Symbol *s = sym_lookup(ld, ld->entry);
  if (!s || s->state == SYM_UNDEF) {
    fle_errorf("cannot find entry symbol %s", ld->entry);
    return;
  }
  Segment *t = &ld->segs[SEG_TEXT];
  ld->entry_addr = s->addr;
  if (s->addr < t->vaddr || s->addr >= t->vaddr + t->memsz)
    fle_errorf("entry symbol %s (0x%llx) is not in the executable segment",
               ld->entry, (unsigned long long)s->addr);
}

// Sizes and alignments come from the inputs: check that the image fits
// in user space and that its file bytes stay within what fle-ld writes.
static void check_fits(Link *ld) {
  for (int k = 0; k < SEG_COUNT; k++) {
    Segment *g = &ld->segs[k];
    if (g->vaddr > LD_ADDR_LIMIT || g->memsz > LD_ADDR_LIMIT - g->vaddr)
      fle_errorf("segment %s does not fit in the user address space (below 0x%llx)",
                 seg_names[k], LD_ADDR_LIMIT);
    else if (g->filesz > LD_FILE_LIMIT)
      fle_errorf("segment %s would hold 0x%llx bytes of file data; fle-ld writes at most 0x%llx",
                 seg_names[k], (unsigned long long)g->filesz, LD_FILE_LIMIT);
  }
}

void layout(Link *ld) {
  uint64_t cur = ld->base + LD_PAGE;
  for (int k = 0; k < SEG_COUNT; k++) {
    uint64_t start = align_up(cur, max_align(ld, (SegKind)k));
    uint64_t end = layout_segment(ld, (SegKind)k, start);
    if (end > start)
      cur = end;
  }
  check_fits(ld);
  if (fle_error_count())
    return;
  layout_tls(ld);
  define_linker_values(ld, cur);
  set_symbol_values(ld);
  set_entry(ld);
  if (ld->trace || ld->nfollow) {
    trace_output_sections(ld);
    trace_segments(ld);
    if (ld->has_tls)
      trace_tls(ld);
    trace_symbols(ld);
  }
}

// Copies every input section's bytes to its place in its segment.
void copy_section_data(Link *ld) {
  for (int k = 0; k < SEG_COUNT; k++) {
    Segment *g = &ld->segs[k];
    g->data = fle_xcalloc(g->filesz ? g->filesz : 1, 1);
  }
  for (size_t i = 0; i < ld->nosecs; i++) {
    OutputSection *o = ld->osecs[i];
    if (o->type == SHT_NOBITS)
      continue;
    uint8_t *dst;
    if (o->seg == SEG_NONE)
      dst = o->data = fle_xcalloc(o->size ? o->size : 1, 1);
    else
      dst = ld->segs[o->seg].data + (o->addr - ld->segs[o->seg].vaddr);
    if (o->merged) {
      merged_copy(o, dst);
      continue;
    }
    for (size_t j = 0; j < o->npieces; j++) {
      Piece *p = &o->pieces[j];
      FleSection *s = &p->file->obj->sections[p->sec];
      if (s->type != SHT_NOBITS && s->data && s->size)
        memcpy(dst + p->offset, s->data, s->size);
    }
  }
}

// ------------------------------------------------------------ helpers

void on_threads(Link *ld, void *(*work)(void *), void *arg) {
  pthread_t tid[LD_MAX_THREADS];
  int started = 0;
  for (int t = 1; t < ld->threads && t < LD_MAX_THREADS; t++)
    if (pthread_create(&tid[started], NULL, work, arg) == 0)
      started++;
  work(arg);
  for (int t = 0; t < started; t++)
    pthread_join(tid[t], NULL);
}

void format_location(char *buf, size_t len, const InputFile *f, int sec,
                     uint64_t off) {
  snprintf(buf, len, "%s:(%s+0x%llx)", f->name, f->obj->sections[sec].name,
           (unsigned long long)off);
}

const char *hex_signed(char *buf, int64_t v) {
  if (v < 0)
    sprintf(buf, "-0x%llx", (unsigned long long)-(uint64_t)v);
  else
    sprintf(buf, "0x%llx", (unsigned long long)v);
  return buf;
}

// "'name'" for named symbols, "section '.data'" for section symbols.
const char *symbol_label(InputFile *f, int symidx) {
  static char buf[1024];
  const FleSymbol *s = &f->obj->syms[symidx];
  if (s->type == STT_SECTION && s->section >= 0)
    snprintf(buf, sizeof buf, "section '%s'",
             f->obj->sections[s->section].name);
  else
    snprintf(buf, sizeof buf, "'%s'", s->name);
  return buf;
}
