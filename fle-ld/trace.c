// trace.c — --trace: the linker explains itself, on stdout.
//
// The other passes call tracef() at each decision (an input read, an
// archive member pulled and why, a symbol conflict settled, a relocation
// computed), saying which section of the trace the line belongs to and
// which symbol it is about.  A person asks for sections
// (--trace=inputs,resolve,layout,relocs; plain --trace is all four) or
// follows symbols (--trace-symbol=SYM, GNU ld's -y SYM), and sees only
// those lines: a trace of hello with libc must fit on a screen or two,
// so libc's own relocations (relocs-all) are shown only when asked for,
// and the members an archive leaves out are counted, not listed.
//
// The functions here also print the tables that only exist after
// layout: output sections with their input pieces, segments with their
// addresses and permissions, and the final value of every global symbol.
// The text is stable (no pointers, no times), so a test can compare it
// with a checked-in transcript.
#include "ld.h"

#include <stdio.h>
#include <string.h>

bool following(const Link *ld, const char *sym) {
  if (!sym)
    return false;
  for (size_t i = 0; i < ld->nfollow; i++)
    if (strcmp(ld->follow[i], sym) == 0)
      return true;
  return false;
}

bool tracing(const Link *ld, unsigned what, const char *sym) {
  return (ld->trace & what) || following(ld, sym);
}

void tracef(Link *ld, unsigned what, const char *sym, const char *fmt, ...) {
  if (!tracing(ld, what, sym))
    return;
  va_list ap;
  va_start(ap, fmt);
  vprintf(fmt, ap);
  va_end(ap);
}

static const struct {
  const char *name;
  unsigned bits;
} trace_sections[] = {
    {"inputs", TRACE_INPUTS},
    {"resolve", TRACE_RESOLVE},
    {"layout", TRACE_LAYOUT},
    {"relocs", TRACE_RELOCS},
    {"relocs-all", TRACE_RELOCS | TRACE_RELOCS_ALL},
    {"all", TRACE_DEFAULT | TRACE_RELOCS_ALL},
};

// "inputs,relocs" -> TRACE_INPUTS | TRACE_RELOCS; a bad name is fatal.
unsigned parse_trace_sections(const char *list) {
  unsigned bits = 0;
  const char *p = list;
  for (;;) {
    size_t n = strcspn(p, ",");
    size_t k = 0, count = sizeof trace_sections / sizeof *trace_sections;
    while (k < count && !(strlen(trace_sections[k].name) == n &&
                          strncmp(trace_sections[k].name, p, n) == 0))
      k++;
    if (k == count)
      fle_fatal("unknown trace section '%.*s' in --trace=%s\n>>> expected "
                "inputs, resolve, layout, relocs, relocs-all or all",
                (int)n, p, list);
    bits |= trace_sections[k].bits;
    if (p[n] == '\0')
      return bits;
    p += n + 1;
  }
}

// GNU ld's -y lines, as a file joins the link: "hello.o: reference to
// printf", "libc.a(printf.fle): definition of printf".  Within a file
// they come in the order of its symbol table, as GNU ld's do.
void trace_references(Link *ld, InputFile *f) {
  if (!ld->nfollow)
    return;
  FleFile *o = f->obj;
  for (size_t i = o->nsections; i < o->nsyms; i++) {
    const FleSymbol *fs = &o->syms[i];
    if (fs->bind == STB_LOCAL || !following(ld, fs->name))
      continue;
    // GNU ld's words: COMMON is a definition too (the trace's resolve
    // lines say which kind).
    const char *what =
        fs->section == FLE_UNDEF ? "reference to" : "definition of";
    printf("%s: %s %s\n", f->name, what, fs->name);
  }
}

// "left out 246 of 278 members of libc.a": the members nothing needed.
// A few are named, so a small archive's trace still says which.
void trace_left_out(Link *ld, Archive *a) {
  enum { NAMED = 4 };
  size_t n = 0, total = a->ar->nmembers;
  for (size_t m = 0; m < total; m++)
    n += !a->pulled[m];
  if (n == 0 || !(ld->trace & TRACE_INPUTS))
    return;
  printf("left out %zu of %zu member%s of %s", n, total,
         total == 1 ? "" : "s", a->path);
  if (n <= NAMED) {
    const char *sep = " (";
    for (size_t m = 0; m < total; m++)
      if (!a->pulled[m]) {
        printf("%s%s", sep, a->ar->members[m]->path);
        sep = ", ";
      }
    printf(")");
  }
  printf(": %s nothing still undefined\n", n == 1 ? "it defines" : "they define");
}

static unsigned long long ull(uint64_t v) { return (unsigned long long)v; }

void trace_output_sections(Link *ld) {
  tracef(ld, TRACE_LAYOUT, NULL, "== layout\n");
  for (size_t i = 0; i < ld->nosecs; i++) {
    OutputSection *o = ld->osecs[i];
    if (o->size == 0)
      continue;
    char flags[16];
    fle_shflags_str(o->flags, flags);
    tracef(ld, TRACE_LAYOUT, NULL, "%s at 0x%llx size 0x%llx align 0x%llx flags %s\n", o->name,
           ull(o->addr), ull(o->size), ull(o->align), flags);
    for (size_t j = 0; j < o->npieces; j++) {
      Piece *p = &o->pieces[j];
      FleSection *s = &p->file->obj->sections[p->sec];
      tracef(ld, TRACE_LAYOUT, NULL, "  +0x%llx  %s:(%s) size 0x%llx align 0x%llx\n",
             ull(p->offset), p->file->name, s->name, ull(s->size),
             ull(s->align));
    }
    if (o == ld->got && ld->ngot)
      tracef(ld, TRACE_LAYOUT, NULL, "  +0x0  %zu GOT slot%s built by the linker\n", ld->ngot,
             ld->ngot == 1 ? "" : "s");
  }
}

void trace_segments(Link *ld) {
  tracef(ld, TRACE_LAYOUT, NULL, "== segments\n");
  for (int k = 0; k < SEG_COUNT; k++) {
    Segment *g = &ld->segs[k];
    if (!g->memsz)
      continue;
    char perm[4];
    fle_pflags_str(g->flags, perm);
    tracef(ld, TRACE_LAYOUT, NULL, "%-6s 0x%llx-0x%llx %s filesz 0x%llx memsz 0x%llx:", g->name,
           ull(g->vaddr), ull(g->vaddr + g->memsz), perm, ull(g->filesz),
           ull(g->memsz));
    for (size_t i = 0; i < ld->nosecs; i++)
      if (ld->osecs[i]->seg == (SegKind)k && ld->osecs[i]->size)
        tracef(ld, TRACE_LAYOUT, NULL, " %s", ld->osecs[i]->name);
    tracef(ld, TRACE_LAYOUT, NULL, "\n");
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
  tracef(ld, TRACE_RESOLVE, NULL, "== global symbols\n");
  for (size_t i = 0; i < ld->nsyms; i++) {
    Symbol *s = ld->syms[i];
    if (s->bind == STB_LOCAL && s->state == SYM_UNDEF)
      continue; // named only by the command line, never referenced
    bool has_file = s->state == SYM_DEFINED || s->state == SYM_COMMON;
    tracef(ld, TRACE_RESOLVE, s->name, "%s = 0x%llx (%s%s%s)\n", s->name, ull(s->addr),
           how_defined(s), has_file ? " " : "",
           has_file ? s->file->name : "");
  }
}
