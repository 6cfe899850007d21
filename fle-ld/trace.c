// trace.c — --trace: the linker explains itself, on stdout.
//
// The other passes call tracef() at each decision (an input read, an
// archive member pulled and why, a symbol conflict settled, a relocation
// computed).  The functions here print the tables that only exist after
// layout: output sections with their input pieces, segments with their
// addresses and permissions, and the final value of every global symbol.
// The text is stable (no pointers, no times), so a test can compare it
// with a checked-in transcript.
#include "ld.h"

#include <stdio.h>

void tracef(Link *ld, const char *fmt, ...) {
  if (!ld->trace)
    return;
  va_list ap;
  va_start(ap, fmt);
  vprintf(fmt, ap);
  va_end(ap);
}

static unsigned long long ull(uint64_t v) { return (unsigned long long)v; }

void trace_output_sections(Link *ld) {
  tracef(ld, "== layout\n");
  for (size_t i = 0; i < ld->nosecs; i++) {
    OutputSection *o = ld->osecs[i];
    if (o->size == 0)
      continue;
    char flags[16];
    fle_shflags_str(o->flags, flags);
    tracef(ld, "%s at 0x%llx size 0x%llx align 0x%llx flags %s\n", o->name,
           ull(o->addr), ull(o->size), ull(o->align), flags);
    for (size_t j = 0; j < o->npieces; j++) {
      Piece *p = &o->pieces[j];
      FleSection *s = &p->file->obj->sections[p->sec];
      tracef(ld, "  +0x%llx  %s:(%s) size 0x%llx align 0x%llx\n",
             ull(p->offset), p->file->name, s->name, ull(s->size),
             ull(s->align));
    }
    if (o == ld->got && ld->ngot)
      tracef(ld, "  +0x0  %zu GOT slot%s built by the linker\n", ld->ngot,
             ld->ngot == 1 ? "" : "s");
  }
}

void trace_segments(Link *ld) {
  tracef(ld, "== segments\n");
  for (int k = 0; k < SEG_COUNT; k++) {
    Segment *g = &ld->segs[k];
    if (!g->memsz)
      continue;
    char perm[4];
    fle_pflags_str(g->flags, perm);
    tracef(ld, "%-6s 0x%llx-0x%llx %s filesz 0x%llx memsz 0x%llx:", g->name,
           ull(g->vaddr), ull(g->vaddr + g->memsz), perm, ull(g->filesz),
           ull(g->memsz));
    for (size_t i = 0; i < ld->nosecs; i++)
      if (ld->osecs[i]->seg == (SegKind)k && ld->osecs[i]->size)
        tracef(ld, " %s", ld->osecs[i]->name);
    tracef(ld, "\n");
  }
}

static const char *how_defined(const Symbol *s) {
  switch (s->state) {
  case SYM_UNDEF:
    return "undefined weak";
  case SYM_COMMON:
    return "COMMON in";
  case SYM_LINKER:
    return "defined by the linker";
  case SYM_DEFINED:
    return s->bind == STB_WEAK ? "weak in" : "global in";
  }
  return "?";
}

void trace_symbols(Link *ld) {
  tracef(ld, "== global symbols\n");
  for (size_t i = 0; i < ld->nsyms; i++) {
    Symbol *s = ld->syms[i];
    if (s->bind == STB_LOCAL && s->state == SYM_UNDEF)
      continue; // named only by the command line, never referenced
    bool has_file = s->state == SYM_DEFINED || s->state == SYM_COMMON;
    tracef(ld, "%s = 0x%llx (%s%s%s)\n", s->name, ull(s->addr),
           how_defined(s), has_file ? " " : "",
           has_file ? s->file->name : "");
  }
}
