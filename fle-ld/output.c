// output.c — the executable or .so (spec §5) and the link map.
//
// The laid-out segments become FleSegments (their bytes are already
// relocated), the output sections become the informational section
// table, and the symbol table keeps every defined symbol — locals too,
// as nm shows them — at its final address, so fle-nm and fle-objdump can
// name what they see.  A dynamic module also has its imports (📥, with
// the type and size the library gave them), each PLT entry as a local
// function NAME@plt, its load-time relocations against symbols, and the
// keys dynamic.c fills (needed, exports, ...).  fle_write puts the whole file in place in one
// rename, or leaves the old one as it was (libfle/output.c).
//
// Debug sections are not in any segment: they go in the section table
// with their relocated bytes (spec/FLE.md §5.2).
//
// Thread-local symbols are written as ELF executables have them: absolute,
// their value the offset inside the TLS block (dtpoff), since their
// template addresses (.tbss especially) are not memory of the image.
//
// The map (-Map FILE) follows GNU ld's: which archive members were
// pulled and why, the COMMON symbols, then the memory map of output
// sections, their input pieces and the symbols in them.
#include "ld.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  FleSymbol sym;
  size_t order;
  Symbol *g;     // the global it is, NULL for a local
} OutSym;

static int cmp_outsym(const void *a, const void *b) {
  const OutSym *x = a, *y = b;
  if (x->sym.value != y->sym.value)
    return x->sym.value < y->sym.value ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

// The exe segment holding addr: first one with addr inside, else one
// ending exactly at addr; FLE_ABS when none does.
static int segment_of(const FleFile *exe, uint64_t addr) {
  for (size_t i = 0; i < exe->nsegments; i++) {
    const FleSegment *g = &exe->segments[i];
    if (addr >= g->vaddr && addr < g->vaddr + g->memsz)
      return (int)i;
  }
  for (size_t i = 0; i < exe->nsegments; i++) {
    const FleSegment *g = &exe->segments[i];
    if (addr == g->vaddr + g->memsz)
      return (int)i;
  }
  return FLE_ABS;
}

static void push_sym(OutSym **v, size_t *n, size_t *cap, FleSymbol s,
                     Symbol *g) {
  FLE_GROW(*v, *cap, *n + 1);
  (*v)[*n] = (OutSym){s, *n, g};
  ++*n;
}

// Each PLT entry is code with a name, as objdump shows puts@plt.
// The names live in one buffer the Link keeps (fle-ld never frees).
static void collect_plt(Link *ld, OutSym **v, size_t *n, size_t *cap) {
  if (ld->nplt) {
    FleSymbol s0 = {.name = "_PLT0", .bind = STB_LOCAL, .type = STT_FUNC,
                    .section = 0, .value = ld->plt->addr, .size = 16};
    push_sym(v, n, cap, s0, NULL);
  }
  size_t total = 1;
  for (size_t i = 0; i < ld->nplt; i++)
    total += strlen(ld->pltsyms[i]->name) + 5;
  char *name = ld->pltnames = fle_xmalloc(total);
  for (size_t i = 0; i < ld->nplt; i++) {
    Symbol *g = ld->pltsyms[i];
    size_t len = strlen(g->name) + 5;
    snprintf(name, len, "%s@plt", g->name);
    FleSymbol s = {.name = name, .bind = STB_LOCAL, .type = STT_FUNC,
                   .section = 0, .value = plt_addr(ld, g), .size = 16};
    push_sym(v, n, cap, s, NULL);
    name += len;
  }
}

// A symbol a shared library defines: an import (📥) with the library's
// type and size; or, copied into this executable, a definition.
static FleSymbol shared_symbol(const Symbol *g) {
  FleSymbol s = g->file->obj->syms[g->index];
  s.bind = g->bind == STB_WEAK ? STB_WEAK : STB_GLOBAL;
  s.value = g->addr;
  s.section = g->needs & NEEDS_COPY ? 0 : FLE_UNDEF;
  if (!(g->needs & NEEDS_COPY))
    s.value = 0;
  return s;
}

// Whether the output's symbol table has a line for global g.
static bool writes_global(const Link *ld, const Symbol *g) {
  if (g->state == SYM_SHARED)
    return g->used || g->needs;
  if (g->state == SYM_UNDEF) // weak; in a .so what its objects import
    return g->bind == STB_WEAK || (output_kind(ld) == OUT_SHARED && g->used);
  return true;
}

static void collect_locals(Link *ld, OutSym **v, size_t *n, size_t *cap) {
  for (size_t i = 0; i < ld->nfiles; i++) {
    InputFile *f = ld->files[i];
    for (size_t j = f->obj->nsections; j < f->obj->nsyms; j++) {
      FleSymbol s = f->obj->syms[j];
      // Like GNU ld -X: assembler temporaries (.LC0, .L1) are dropped.
      if (s.bind != STB_LOCAL || s.section < 0 || s.type == STT_SECTION ||
          s.type == STT_FILE || strncmp(s.name, ".L", 2) == 0)
        continue;
      s.value = symbol_addr(ld, f, (int)j);
      if (s.type == STT_TLS) {
        s.value = (uint64_t)dtpoff(ld, s.value);
        s.section = FLE_ABS;
      }
      push_sym(v, n, cap, s, NULL);
    }
  }
}

static void collect_globals(Link *ld, OutSym **v, size_t *n, size_t *cap) {
  for (size_t i = 0; i < ld->nsyms; i++) {
    Symbol *g = ld->syms[i];
    FleSymbol s = {.name = (char *)g->name, .bind = g->bind,
                   .type = STT_NOTYPE, .value = g->addr};
    if (!writes_global(ld, g))
      continue;
    if (g->state == SYM_SHARED) {
      push_sym(v, n, cap, shared_symbol(g), g);
      continue;
    }
    if (g->state == SYM_DEFINED) {
      s = g->file->obj->syms[g->index];
      s.value = g->addr;
    } else if (g->state == SYM_COMMON) {
      s.type = STT_OBJECT;
      s.size = g->size;
    } else if (g->state == SYM_LINKER) {
      s.bind = STB_GLOBAL;
    }
    if (g->state == SYM_UNDEF) {
      s.section = FLE_UNDEF;
      s.bind = g->bind == STB_WEAK ? STB_WEAK : STB_GLOBAL;
    }
    else if (g->absolute)
      s.section = FLE_ABS; // a number (__tls_memsz), no address
    else if (g->state != SYM_DEFINED)
      s.section = 0; // somewhere in the image
    else if (s.type == STT_TLS && s.section != FLE_ABS) {
      s.value = (uint64_t)dtpoff(ld, s.value);
      s.section = FLE_ABS;
    }
    push_sym(v, n, cap, s, g);
  }
}

// Returns, per symbol of exe, the global it is (NULL for a local).
static Symbol **add_symbols(Link *ld, FleFile *exe) {
  OutSym *v = NULL;
  size_t n = 0, cap = 0;
  collect_locals(ld, &v, &n, &cap);
  collect_plt(ld, &v, &n, &cap);
  collect_globals(ld, &v, &n, &cap);
  if (n > 1) // qsort(NULL, 0) is undefined
    qsort(v, n, sizeof *v, cmp_outsym);
  Symbol **outsym = fle_xcalloc(n ? n : 1, sizeof *outsym);
  for (size_t i = 0; i < n; i++) {
    FleSymbol s = v[i].sym;
    if (s.section >= 0) // absolute and undefined symbols stay so
      s.section = segment_of(exe, s.value);
    outsym[fle_add_symbol(exe, &s)] = v[i].g;
  }
  free(v);
  return outsym;
}

static int cmp_reloc(const void *a, const void *b) {
  const FleReloc *x = a, *y = b;
  return x->offset < y->offset ? -1 : x->offset > y->offset;
}

static void add_segments(Link *ld, FleFile *exe) {
  for (int k = 0; k < SEG_COUNT; k++) {
    Segment *g = &ld->segs[k];
    if (!g->memsz)
      continue;
    size_t idx = fle_add_segment(exe, g->name, g->flags, g->vaddr, LD_PAGE);
    FleSegment *e = &exe->segments[idx];
    e->memsz = g->memsz;
    e->filesz = g->filesz;
    e->data = g->data; // ownership moves to the model
    g->data = NULL;
  }
}

// Each segment's load-time relocations, in offset order: the RELATIVE
// lines, and those against symbols, which name the symbol's index in
// exe (its Symbol's entry in outsym).
static void add_segment_relocs(Link *ld, FleFile *exe, Symbol *const *outsym) {
  size_t *index = fle_xcalloc(ld->nsyms ? ld->nsyms : 1, sizeof *index);
  for (size_t i = 0; i < exe->nsyms; i++)
    if (outsym[i])
      index[outsym[i]->order] = i;
  for (size_t d = 0; d < ld->ndynrelocs; d++) {
    DynReloc *r = &ld->dynrelocs[d];
    Segment *g = &ld->segs[r->seg];
    FLE_GROW(g->relocs, g->caprelocs, g->nrelocs + 1);
    g->relocs[g->nrelocs++] =
        (FleReloc){r->offset, r->type, (int)index[r->sym->order], r->addend};
  }
  free(index);
  size_t e = 0;
  for (int k = 0; k < SEG_COUNT; k++) {
    Segment *g = &ld->segs[k];
    if (!g->memsz)
      continue;
    if (g->nrelocs > 1) // qsort(NULL, 0) is undefined
      qsort(g->relocs, g->nrelocs, sizeof *g->relocs, cmp_reloc);
    for (size_t r = 0; r < g->nrelocs; r++)
      fle_add_segment_reloc(&exe->segments[e], &g->relocs[r]);
    e++;
  }
}

static void add_sections(Link *ld, FleFile *exe) {
  for (size_t i = 0; i < ld->nosecs; i++) {
    OutputSection *o = ld->osecs[i];
    if (!o->size)
      continue;
    size_t idx = fle_add_section(exe, o->name, o->type, o->flags, o->align);
    exe->sections[idx].addr = o->addr;
    exe->sections[idx].size = o->size;
    exe->sections[idx].entsize = o->entsize;
    if (o->seg == SEG_NONE) { // debugging information: its bytes go along
      exe->sections[idx].data = o->data;
      o->data = NULL;
      if (o->nrelocs > 1)
        qsort(o->relocs, o->nrelocs, sizeof *o->relocs, cmp_reloc);
      for (size_t r = 0; r < o->nrelocs; r++)
        fle_add_reloc(&exe->sections[idx], &o->relocs[r]);
    }
  }
}

void write_output(Link *ld) {
  FleFile *exe = fle_new(FLE_EXE, ld->output);
  free(exe->interp);
  exe->interp = output_kind(ld) == OUT_SHARED ? NULL : fle_xstrdup(ld->interp);
  exe->entry = ld->entry_addr;
  exe->pie = output_kind(ld) == OUT_PIE;
  add_sections(ld, exe);
  add_segments(ld, exe);
  Symbol **outsym = add_symbols(ld, exe);
  add_segment_relocs(ld, exe, outsym);
  add_dynamic_info(ld, exe, outsym);
  free(outsym);
  if (fle_write_threads(exe, ld->output, ld->threads) != 0)
    fle_errorf("%s", fle_error());
  fle_free(exe);
}

// ------------------------------------------------------------- the map

static unsigned long long ull(uint64_t v) { return (unsigned long long)v; }

static void map_archive_members(Link *ld, FILE *out) {
  fprintf(out, "Archive member included to satisfy reference by file "
               "(symbol)\n\n");
  for (size_t i = 0; i < ld->nfiles; i++) {
    InputFile *f = ld->files[i];
    if (!strchr(f->name, '('))
      continue;
    // The symbol that pulled it: a global it defines whose first
    // reference came from another file.
    for (size_t j = f->obj->nsections; j < f->obj->nsyms; j++) {
      Symbol *s = f->gsyms[j];
      if (s && s->file == f && s->reffile && s->reffile != f) {
        fprintf(out, "%s\n%30s%s (%s)\n", f->name, "", s->reffile->name,
                s->name);
        break;
      }
    }
  }
}

static void map_commons(Link *ld, FILE *out) {
  bool header = false;
  for (size_t i = 0; i < ld->nsyms; i++) {
    Symbol *s = ld->syms[i];
    if (s->state != SYM_COMMON)
      continue;
    if (!header)
      fprintf(out, "\nAllocating common symbols\n%-24s%-18sfile\n\n",
              "Common symbol", "size");
    header = true;
    fprintf(out, "%-24s0x%-16llx%s\n", s->name, ull(s->size), s->file->name);
  }
}

// Globals defined in one input piece, in address order of appearance.
static void map_piece_symbols(Link *ld, FILE *out, Piece *p) {
  FleFile *o = p->file->obj;
  for (size_t j = o->nsections; j < o->nsyms; j++) {
    Symbol *s = p->file->gsyms[j];
    if (s && s->state == SYM_DEFINED && s->file == p->file &&
        s->index == (int)j && o->syms[j].section == p->sec)
      fprintf(out, "%16s0x%016llx                %s\n", "", ull(s->addr),
              s->name);
  }
}

// What the linker made in o: PLT entries, copies of library variables.
static void map_linker_made(Link *ld, FILE *out, OutputSection *o) {
  if (o == ld->plt && ld->nplt)
    fprintf(out, "%16s0x%016llx                _PLT0\n", "", ull(ld->plt->addr));
  for (size_t i = 0; o == ld->plt && i < ld->nplt; i++)
    fprintf(out, "%16s0x%016llx                %s@plt\n", "",
            ull(plt_addr(ld, ld->pltsyms[i])), ld->pltsyms[i]->name);
  for (size_t i = 0; i < ld->ncopies; i++)
    if (ld->copies[i]->osec == o)
      fprintf(out, " %-14s 0x%016llx %#10llx %s\n%16s0x%016llx                %s\n",
              "COPY", ull(ld->copies[i]->addr),
              ull(ld->copies[i]->file->obj->syms[ld->copies[i]->index].size),
              ld->copies[i]->file->name, "", ull(ld->copies[i]->addr),
              ld->copies[i]->name);
}

static void map_section_commons(Link *ld, FILE *out, OutputSection *o) {
  for (size_t i = 0; i < ld->nsyms; i++) {
    Symbol *s = ld->syms[i];
    if (s->state != SYM_COMMON || s->osec != o)
      continue;
    fprintf(out, " %-14s 0x%016llx %#10llx %s\n", "COMMON", ull(s->addr),
            ull(s->size), s->file->name);
    fprintf(out, "%16s0x%016llx                %s\n", "", ull(s->addr),
            s->name);
  }
}

static void map_sections(Link *ld, FILE *out) {
  fprintf(out, "\nMemory map\n\n");
  for (int k = 0; k < SEG_COUNT; k++) {
    Segment *g = &ld->segs[k];
    char perm[4];
    if (!g->memsz)
      continue;
    fle_pflags_str(g->flags, perm);
    fprintf(out, "Segment %-7s 0x%016llx %#10llx %s\n\n", g->name,
            ull(g->vaddr), ull(g->memsz), perm);
    for (size_t i = 0; i < ld->nosecs; i++) {
      OutputSection *o = ld->osecs[i];
      if (o->seg != (SegKind)k || !o->size)
        continue;
      fprintf(out, "%-15s 0x%016llx %#10llx\n", o->name, ull(o->addr),
              ull(o->size));
      for (size_t j = 0; j < o->npieces; j++) {
        Piece *p = &o->pieces[j];
        FleSection *s = &p->file->obj->sections[p->sec];
        fprintf(out, " %-14s 0x%016llx %#10llx %s\n", s->name,
                ull(o->addr + p->offset), ull(s->size), p->file->name);
        map_piece_symbols(ld, out, p);
      }
      map_section_commons(ld, out, o);
      map_linker_made(ld, out, o);
      fprintf(out, "\n");
    }
  }
}

// The map is built in memory and written as the executable is, so a
// failed write leaves an old map as it was.
void write_map(Link *ld) {
  char *text = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&text, &len);
  if (!out)
    fle_oom();
  map_archive_members(ld, out);
  map_commons(ld, out);
  map_sections(ld, out);
  if (ld->has_tls)
    fprintf(out, "TLS template 0x%llx filesz %#llx memsz %#llx align %#llx "
            "(thread pointer = block + %#llx)\n\n", ull(ld->tls_start),
            ull(ld->tls_filesz), ull(ld->tls_memsz), ull(ld->tls_align),
            ull(tp_offset(ld)));
  fprintf(out, "Entry point 0x%llx (%s)\n", ull(ld->entry_addr), ld->entry);
  if (fclose(out) != 0)
    fle_oom();
  if (fle_write_file(ld->mapfile, text, len, false) != 0)
    fle_errorf("%s", fle_error());
  free(text);
}
