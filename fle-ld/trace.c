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
    {"inputs-all", TRACE_INPUTS | TRACE_INPUTS_ALL},
    {"resolve-all", TRACE_RESOLVE | TRACE_RESOLVE_ALL},
    {"layout-all", TRACE_LAYOUT | TRACE_LAYOUT_ALL},
    {"relocs-all", TRACE_RELOCS | TRACE_RELOCS_ALL},
    {"all", TRACE_DEFAULT | TRACE_INPUTS_ALL | TRACE_RESOLVE_ALL |
                TRACE_LAYOUT_ALL | TRACE_RELOCS_ALL},
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
      fle_fatal("unknown trace section '%.*s' in --trace=%s\n>>> sections: "
                "inputs, resolve, layout, relocs, inputs-all, resolve-all, "
                "layout-all, relocs-all, all",
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
  // An object's first symbols are its sections'; a .so has none such.
  for (size_t i = f->shared ? 0 : o->nsections; i < o->nsyms; i++) {
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
// A few are named, so a small archive's trace still says which;
// inputs-all names each on its own line.
void trace_left_out(Link *ld, Archive *a) {
  enum { NAMED = 4 };
  size_t n = 0, total = a->ar->nmembers;
  for (size_t m = 0; m < total; m++)
    n += !a->pulled[m];
  if (n == 0 || !(ld->trace & TRACE_INPUTS))
    return;
  if (ld->trace & TRACE_INPUTS_ALL) {
    for (size_t m = 0; m < total; m++)
      if (!a->pulled[m])
        printf("left out %s(%s): defines nothing still undefined\n", a->path,
               a->ar->members[m]->path);
    return;
  }
  printf("left out %zu of %zu member%s of %s", n, total, total == 1 ? "" : "s",
         a->path);
  if (n <= NAMED) {
    const char *sep = " (";
    for (size_t m = 0; m < total; m++)
      if (!a->pulled[m]) {
        printf("%s%s", sep, a->ar->members[m]->path);
        sep = ", ";
      }
    printf(")");
  }
  printf(": %s nothing still undefined\n",
         n == 1 ? "it defines" : "they define");
}

static unsigned long long ull(uint64_t v) { return (unsigned long long)v; }

// The library a piece comes from: "libc.a" for "libc.a(printf.fle)",
// the whole name for a file found by -l; its length in *len.
static const char *library_of(const InputFile *f, size_t *len) {
  const char *paren = strchr(f->name, '(');
  *len = paren ? (size_t)(paren - f->name) : strlen(f->name);
  return f->name;
}

// How many pieces from j on come from the same library (0: piece j is
// the user's own, or layout-all lists every piece).
static size_t library_run(Link *ld, OutputSection *o, size_t j) {
  if (!o->pieces[j].file->library || (ld->trace & TRACE_LAYOUT_ALL))
    return 0;
  size_t n, k = j + 1;
  const char *lib = library_of(o->pieces[j].file, &n);
  for (; k < o->npieces && o->pieces[k].file->library; k++) {
    size_t m;
    const char *other = library_of(o->pieces[k].file, &m);
    if (m != n || strncmp(lib, other, n) != 0)
      break;
  }
  return k - j;
}

// The pieces of one output section; a run of pieces from one library is
// one line.  Returns whether any run was.
static bool trace_pieces(Link *ld, OutputSection *o) {
  bool grouped = false;
  for (size_t j = 0; j < o->npieces;) {
    Piece *p = &o->pieces[j];
    size_t run = library_run(ld, o, j);
    if (run > 1) {
      Piece *last = &o->pieces[j + run - 1];
      size_t n;
      const char *lib = library_of(p->file, &n);
      printf("  +0x%llx  %zu pieces from %.*s, up to +0x%llx\n", ull(p->offset),
             run, (int)n, lib,
             ull(last->offset + last->file->obj->sections[last->sec].size));
      grouped = true;
      j += run;
      continue;
    }
    FleSection *s = &p->file->obj->sections[p->sec];
    printf("  +0x%llx  %s:(%s) size 0x%llx align 0x%llx\n", ull(p->offset),
           p->file->name, s->name, ull(s->size), ull(s->align));
    j++;
  }
  return grouped;
}

void trace_output_sections(Link *ld) {
  if (!(ld->trace & TRACE_LAYOUT))
    return;
  printf("== layout\n");
  bool grouped = false;
  for (size_t i = 0; i < ld->nosecs; i++) {
    OutputSection *o = ld->osecs[i];
    if (o->size == 0)
      continue;
    char flags[16];
    fle_shflags_str(o->flags, flags);
    if (o->seg == SEG_NONE) { // debugging information: offsets, not addresses
      printf("%s (not loaded) size 0x%llx align 0x%llx%s%s\n", o->name,
             ull(o->size), ull(o->align), *flags ? " flags " : "", flags);
      if (o->merged) {
        printf("  the strings of %zu piece%s, each stored once\n", o->npieces,
               o->npieces == 1 ? "" : "s");
        continue;
      }
    } else {
      printf("%s at 0x%llx size 0x%llx align 0x%llx flags %s\n", o->name,
             ull(o->addr), ull(o->size), ull(o->align), flags);
    }
    grouped |= trace_pieces(ld, o);
    if (o == ld->got && ld->ngot)
      printf("  +0x0  %zu GOT slot%s built by the linker\n", ld->ngot,
             ld->ngot == 1 ? "" : "s");
    if ((o == ld->plt || o == ld->gotplt) && ld->nplt)
      printf("  +0x0  %zu %s built by the linker\n", ld->nplt,
             o == ld->plt ? (ld->nplt == 1 ? "PLT entry" : "PLT entries")
                          : (ld->nplt == 1 ? "JUMP_SLOT slot" : "JUMP_SLOT slots"));
  }
  if (grouped)
    printf("(pieces from one library are one line: --trace=layout-all lists "
           "each)\n");
}

void trace_segments(Link *ld) {
  if (!(ld->trace & TRACE_LAYOUT))
    return;
  printf("== segments\n");
  for (int k = 0; k < SEG_COUNT; k++) {
    Segment *g = &ld->segs[k];
    if (!g->memsz)
      continue;
    char perm[4];
    fle_pflags_str(g->flags, perm);
    printf("%-6s 0x%llx-0x%llx %s filesz 0x%llx memsz 0x%llx:", g->name,
           ull(g->vaddr), ull(g->vaddr + g->memsz), perm, ull(g->filesz),
           ull(g->memsz));
    for (size_t i = 0; i < ld->nosecs; i++)
      if (ld->osecs[i]->seg == (SegKind)k && ld->osecs[i]->size)
        printf(" %s", ld->osecs[i]->name);
    printf("\n");
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
  case SYM_SHARED:
    return s->needs & NEEDS_COPY ? "copied from shared library"
                                 : "imported from shared library";
  }
  return "?";
}

// Every global's final value; those libraries define are counted unless
// resolve-all (or --trace-symbol) asks for them.
void trace_symbols(Link *ld) {
  tracef(ld, TRACE_RESOLVE, NULL, "== global symbols\n");
  size_t hidden = 0;
  for (size_t i = 0; i < ld->nsyms; i++) {
    Symbol *s = ld->syms[i];
    if (s->bind == STB_LOCAL && s->state == SYM_UNDEF)
      continue; // named only by the command line, never referenced
    if (s->state == SYM_SHARED && !s->used && !s->needs)
      continue; // a library's export this link does not use
    bool has_file = s->state == SYM_DEFINED || s->state == SYM_COMMON ||
                    s->state == SYM_SHARED;
    unsigned what = has_file && s->file->library && s->state != SYM_SHARED
                        ? TRACE_RESOLVE_ALL
                        : TRACE_RESOLVE;
    if (!tracing(ld, what, s->name)) {
      hidden++;
      continue;
    }
    printf("%s = 0x%llx (%s%s%s)\n", s->name, ull(s->addr), how_defined(s),
           has_file ? " " : "", has_file ? s->file->name : "");
  }
  if (hidden && (ld->trace & TRACE_RESOLVE))
    printf("(%zu symbol%s defined in libraries not shown: "
           "--trace=resolve-all shows them)\n",
           hidden, hidden == 1 ? "" : "s");
}
