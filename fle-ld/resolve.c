// resolve.c — the global symbol table and the rules that pick a winner.
//
// Every global or weak symbol of every linked object meets the others
// here, by name (one FleMap lookup each).  Local symbols never enter the
// table: a relocation against a local is resolved inside its own file, so
// two files may both have a `static int count` and each keeps its own,
// and a local never satisfies another file's reference.
//
// When two files say something about the same name:
//   reference + definition   the definition is used
//   global + weak            the global wins, wherever it comes from
//   weak + weak              the first one (command-line order) wins
//   global + global          error: duplicate symbol
//   COMMON + COMMON          merged: largest size, largest alignment
//   global + COMMON          the real definition wins
//   weak + COMMON            COMMON wins (it is a definition, weak is not)
// Undefined weak references that nothing defines resolve to 0.
//
// A shared library's exports are definitions of a kind of their own
// (SYM_SHARED): any object's definition beats them, the first library
// that defines a name keeps it, and they pull no archive member.  The
// symbol stays an import of the output, bound by the loader.
#include "ld.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

Symbol *sym_lookup(Link *ld, const char *name) {
  size_t *v = fle_map_get(&ld->symmap, name);
  return v ? ld->syms[*v] : NULL;
}

// Symbols are allocated in blocks so pointers stay valid as we grow.
static Symbol *new_symbol(Link *ld, const char *name) {
  static Symbol *block;
  static size_t left;
  if (left == 0) {
    left = 1024;
    block = fle_xcalloc(left, sizeof *block);
  }
  Symbol *s = block++;
  left--;
  s->name = name;
  s->state = SYM_UNDEF;
  s->bind = STB_LOCAL; // no reference yet
  s->order = ld->nsyms;
  return s;
}

Symbol *sym_intern(Link *ld, const char *name) {
  bool added;
  size_t *v = fle_map_put(&ld->symmap, name, &added);
  if (!added)
    return ld->syms[*v];
  Symbol *s = new_symbol(ld, name);
  *v = ld->nsyms;
  FLE_GROW(ld->syms, ld->capsyms, ld->nsyms + 1);
  ld->syms[ld->nsyms++] = s;
  return s;
}

bool is_undefined_strong(const Symbol *s) {
  return s->state == SYM_UNDEF && s->bind == STB_GLOBAL;
}

static const char *bind_word(uint8_t b) {
  return b == STB_WEAK ? "weak" : "global";
}

static void add_reference(Symbol *s, InputFile *f, uint8_t bind) {
  if (!f->shared)
    s->used = true;
  // An import is weak when only weak references want it.
  if (s->state == SYM_SHARED && !f->shared &&
      (bind == STB_GLOBAL || s->bind == STB_LOCAL))
    s->bind = bind;
  if (s->state != SYM_UNDEF)
    return;
  if (bind == STB_GLOBAL && s->bind != STB_GLOBAL) {
    s->bind = STB_GLOBAL; // a strong reference: may pull archive members
    s->reffile = f;
  } else if (s->bind == STB_LOCAL) {
    s->bind = STB_WEAK;
  }
  if (!s->reffile)
    s->reffile = f;
}

// ------------------------------------------------- places, for errors

// The function whose bytes hold offset off of section sec (GNU ld's "in
// function"), or NULL.
static const char *function_at(const FleFile *o, int sec, uint64_t off) {
  for (size_t j = o->nsections; j < o->nsyms; j++) {
    const FleSymbol *fs = &o->syms[j];
    if (fs->type == STT_FUNC && fs->section == sec && fs->value <= off &&
        off - fs->value < fs->size)
      return fs->name;
  }
  return NULL;
}

// The source file an object was compiled from (its FILE symbol), or NULL.
static const char *source_of(const FleFile *o) {
  for (size_t j = o->nsections; j < o->nsyms; j++)
    if (o->syms[j].type == STT_FILE && o->syms[j].name[0])
      return o->syms[j].name;
  return NULL;
}

// A message under construction.
typedef struct {
  char *p;
  size_t len, cap;
} Msg;

static void msgf(Msg *m, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void msgf(Msg *m, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  FLE_GROW(m->p, m->cap, m->len + (size_t)n + 1);
  va_start(ap, fmt);
  m->len += (size_t)vsnprintf(m->p + m->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
}

// A place in an input, as lld gives it, on one or two lines after lead
// (">>> referenced by ", ">>> defined at "):
//   d2.c:3 (/home/ann/d2.c:3)          the source line, from DWARF (-g);
//                                      else the FILE symbol's name; else
//                                      nothing, and the object line only
//   d2.o:(function helper: .text+0x11) the object, the function (lld's
//                                      form of its relocation errors),
//                                      the section and the offset
// The second line is indented under the first.  A source line that only
// repeats the object's name (fle-cc calls d2.c's object d2.c) is left out.
// var: the symbol defined there, when it may be a variable.
static void describe_place(Msg *m, const char *lead, InputFile *f, int sec,
                           uint64_t off, const char *var) {
  char src[1024] = "";
  if (sec >= 0 && !source_line(f, sec, off, var, src, sizeof src) && source_of(f->obj))
    snprintf(src, sizeof src, "%s", source_of(f->obj));
  msgf(m, "\n%s", lead);
  if (src[0] && strcmp(src, f->name) != 0)
    msgf(m, "%s\n>>>%*s", src, (int)strlen(lead) - 3, "");
  if (sec < 0) {
    msgf(m, "%s", f->name);
    return;
  }
  const char *fn = function_at(f->obj, sec, off);
  msgf(m, "%s:(", f->name);
  if (fn)
    msgf(m, "function %s: ", fn);
  msgf(m, "%s+0x%llx)", f->obj->sections[sec].name, (unsigned long long)off);
}

// lld's report: each definition's place, the first one kept first.
static void report_duplicate(Symbol *s, InputFile *f, int i) {
  if (fle_error_count() >= FLE_ERROR_LIMIT) {
    fle_errorf("duplicate symbol: %s", s->name); // only counted
    return;
  }
  const FleSymbol *a = &s->file->obj->syms[s->index], *b = &f->obj->syms[i];
  Msg m = {0};
  describe_place(&m, ">>> defined at ", s->file, a->section, a->value, a->name);
  describe_place(&m, ">>> defined at ", f, b->section, b->value, b->name);
  fle_errorf("duplicate symbol: %s%s", s->name, m.p);
  free(m.p);
}

// ------------------------------------------------------- resolution

// The trace section of a decision between two files: one inside the
// libraries (libc's weak stubs giving way) is shown by resolve-all only.
static unsigned decision(const InputFile *a, const InputFile *b) {
  return a->library && b->library ? TRACE_RESOLVE_ALL : TRACE_RESOLVE;
}

static void take_definition(Symbol *s, InputFile *f, int i, uint8_t bind) {
  s->state = SYM_DEFINED;
  s->file = f;
  s->index = i;
  s->bind = bind;
  s->absolute = f->obj->syms[i].section == FLE_ABS;
}

static void add_definition(Link *ld, Symbol *s, InputFile *f, int i,
                           uint8_t bind) {
  switch (s->state) {
  case SYM_UNDEF:
  case SYM_LINKER:
    take_definition(s, f, i, bind);
    return;
  case SYM_SHARED:
    tracef(ld, TRACE_RESOLVE, s->name,
           "symbol %s: definition in %s beats the one in shared library %s\n",
           s->name, f->name, s->file->name);
    take_definition(s, f, i, bind);
    return;
  case SYM_COMMON:
    if (bind == STB_WEAK) {
      tracef(ld, decision(f, s->file), s->name,
             "symbol %s: COMMON in %s beats weak definition in %s\n", s->name,
             s->file->name, f->name);
      return;
    }
    tracef(ld, decision(f, s->file), s->name,
           "symbol %s: definition in %s beats COMMON in %s\n", s->name, f->name,
           s->file->name);
    take_definition(s, f, i, bind);
    return;
  case SYM_DEFINED:
    break;
  }
  if (s->bind == STB_GLOBAL && bind == STB_GLOBAL) {
    report_duplicate(s, f, i);
  } else if (s->bind == STB_WEAK && bind == STB_GLOBAL) {
    tracef(ld, decision(f, s->file), s->name,
           "symbol %s: global in %s overrides weak in %s\n", s->name, f->name,
           s->file->name);
    take_definition(s, f, i, bind);
  } else {
    tracef(ld, decision(f, s->file), s->name,
           "symbol %s: %s in %s kept, weak in %s ignored (%s)\n", s->name,
           bind_word(s->bind), s->file->name, f->name,
           s->bind == STB_WEAK ? "the first weak wins" : "global beats weak");
  }
}

static void add_common(Link *ld, Symbol *s, InputFile *f, int i) {
  const FleSymbol *fs = &f->obj->syms[i];
  uint64_t align = fs->value ? fs->value : 1;
  if (s->state == SYM_DEFINED && s->bind == STB_GLOBAL) {
    tracef(ld, decision(f, s->file), s->name,
           "symbol %s: definition in %s beats COMMON in %s\n", s->name,
           s->file->name, f->name);
    return;
  }
  if (s->state == SYM_COMMON) {
    uint64_t size = fs->size > s->size ? fs->size : s->size;
    uint64_t al = align > s->align ? align : s->align;
    tracef(ld, decision(f, s->file), s->name,
           "symbol %s: COMMON merged, size 0x%llx align 0x%llx "
           "(%s: size 0x%llx align 0x%llx)\n",
           s->name, (unsigned long long)size, (unsigned long long)al, f->name,
           (unsigned long long)fs->size, (unsigned long long)align);
    s->size = size;
    s->align = al;
    return;
  }
  if (s->state == SYM_DEFINED)
    tracef(ld, decision(f, s->file), s->name,
           "symbol %s: COMMON in %s beats weak definition in %s\n", s->name,
           f->name, s->file->name);
  s->state = SYM_COMMON;
  s->file = f;
  s->index = i;
  s->bind = STB_GLOBAL;
  s->absolute = false;
  s->size = fs->size;
  s->align = align;
}

// ELF's rule: a symbol is as visible as its least visible mention
// (internal, then hidden, then protected, then default).
static uint8_t merge_vis(uint8_t a, uint8_t b) {
  if (a == STV_DEFAULT)
    return b;
  return b == STV_DEFAULT || a < b ? a : b;
}

// Enters one object's global and weak symbols into the table.
void resolve_file(Link *ld, InputFile *f) {
  FleFile *o = f->obj;
  for (size_t i = o->nsections; i < o->nsyms; i++) {
    const FleSymbol *fs = &o->syms[i];
    if (fs->bind == STB_LOCAL)
      continue;
    Symbol *s = sym_intern(ld, fs->name);
    f->gsyms[i] = s;
    s->vis = merge_vis(s->vis, fs->vis);
    if (fs->section == FLE_UNDEF)
      add_reference(s, f, fs->bind);
    else if (fs->section == FLE_COMMON)
      add_common(ld, s, f, (int)i);
    else
      add_definition(ld, s, f, (int)i, fs->bind);
  }
}

// Enters one shared library's exports (definitions) and imports
// (references) into the table.
void resolve_shared(Link *ld, InputFile *f) {
  FleFile *o = f->obj;
  for (size_t i = 0; i < o->nsyms; i++) {
    const FleSymbol *fs = &o->syms[i];
    if (fs->bind != STB_LOCAL && fs->section == FLE_UNDEF) {
      Symbol *s = sym_intern(ld, fs->name);
      f->gsyms[i] = s;
      add_reference(s, f, fs->bind);
    }
  }
  for (size_t e = 0; e < o->nexports; e++) {
    int i = o->exports[e];
    if (i < 0 || (size_t)i >= o->nsyms || o->syms[i].section == FLE_UNDEF)
      continue; // a canonical PLT entry: the library imports it itself
    Symbol *s = sym_intern(ld, o->syms[i].name);
    f->gsyms[i] = s;
    if (s->state != SYM_UNDEF) {
      if (s->file)
        tracef(ld, TRACE_RESOLVE_ALL, s->name,
               "symbol %s: %s keeps it, shared library %s's ignored\n",
               s->name, s->file->name, f->name);
      continue;
    }
    s->state = SYM_SHARED;
    s->file = f;
    s->index = i;
    if (s->used)
      tracef(ld, TRACE_RESOLVE, s->name,
             "symbol %s: defined in shared library %s, imported\n", s->name,
             f->name);
  }
}

// Names the linker defines when they are referenced and nothing else
// defines them.  layout.c gives them their values.
static const char *const linker_names[] = {
    "__executable_start", "_etext", "etext", "__etext",
    "__preinit_array_start", "__preinit_array_end",
    "__init_array_start", "__init_array_end",
    "__fini_array_start", "__fini_array_end",
    "_edata", "edata", "__bss_start", "_end", "end",
    "_GLOBAL_OFFSET_TABLE_", NULL};

// The TLS template, for the C library that sets up the thread pointer
// (spec/FLE.md §5.1): defined only when some input has a TLS section, so
// a program without TLS leaves its libc's weak references 0.  The image is
// an address; the other three are plain numbers.
static const char *const tls_addresses[] = {"__tls_image", "_TLS_MODULE_BASE_", NULL};
static const char *const tls_numbers[] = {"__tls_filesz", "__tls_memsz",
                                          "__tls_align", NULL};

static bool link_has_tls(Link *ld) {
  for (size_t i = 0; i < ld->nfiles; i++) {
    FleFile *o = ld->files[i]->obj;
    for (size_t k = 0; k < o->nsections; k++)
      if (o->sections[k].flags & SHF_TLS)
        return true;
  }
  return false;
}

static void define_from(Link *ld, const char *const *names, bool absolute) {
  for (const char *const *n = names; *n; n++) {
    Symbol *s = sym_lookup(ld, *n);
    if (s && s->state == SYM_UNDEF && s->bind != STB_LOCAL) {
      s->state = SYM_LINKER;
      s->absolute = absolute;
      tracef(ld, TRACE_RESOLVE, s->name, "symbol %s: defined by the linker\n",
             s->name);
    }
  }
}

void define_linker_symbols(Link *ld) {
  define_from(ld, linker_names, false);
  ld->has_tls = link_has_tls(ld);
  if (ld->has_tls) {
    define_from(ld, tls_addresses, false);
    define_from(ld, tls_numbers, true);
  }
  for (size_t i = 0; i < ld->nsyms; i++) {
    Symbol *s = ld->syms[i];
    if (s->state == SYM_UNDEF && s->bind == STB_WEAK)
      tracef(ld, TRACE_RESOLVE, s->name,
             "symbol %s: undefined weak, resolves to 0\n", s->name);
  }
}

// ------------------------------------------------- undefined symbols

// "b.fle" when some linked file has a local symbol with this name.
static const char *local_definer(Link *ld, const char *name) {
  for (size_t i = 0; i < ld->nfiles; i++) {
    FleFile *o = ld->files[i]->obj;
    for (size_t j = o->nsections; j < o->nsyms; j++)
      if (o->syms[j].bind == STB_LOCAL && o->syms[j].section >= 0 &&
          strcmp(o->syms[j].name, name) == 0)
        return ld->files[i]->name;
  }
  return NULL;
}

enum { MAX_REFS_SHOWN = 10 };

// Each reference to s (a relocation naming it), as describe_place says,
// up to MAX_REFS_SHOWN of them.
static void describe_references(Link *ld, Symbol *s, Msg *m) {
  size_t n = 0;
  for (size_t i = 0; i < ld->nfiles; i++) {
    InputFile *f = ld->files[i];
    for (size_t k = 0; k < f->obj->nsections; k++) {
      FleSection *sec = &f->obj->sections[k];
      for (size_t r = 0; r < sec->nrelocs; r++) {
        int si = sec->relocs[r].sym;
        if (si < 0 || f->gsyms[si] != s)
          continue;
        if (n++ < MAX_REFS_SHOWN)
          describe_place(m, ">>> referenced by ", f, (int)k,
                         sec->relocs[r].offset, NULL);
      }
    }
  }
  if (n > MAX_REFS_SHOWN)
    msgf(m, "\n>>> referenced %zu more times", n - MAX_REFS_SHOWN);
  else if (n == 0)
    msgf(m, "\n>>> referenced by %s", s->reffile->name);
}

static void report_undefined(Link *ld, Symbol *s) {
  if (fle_error_count() >= FLE_ERROR_LIMIT) {
    fle_errorf("undefined symbol: %s", s->name); // only counted
    return;
  }
  Msg m = {0};
  describe_references(ld, s, &m);
  const char *local = local_definer(ld, s->name);
  if (local)
    msgf(&m, "\n>>> note: %s defines a local %s, which other files cannot "
         "see", local, s->name);
  fle_errorf("undefined symbol: %s%s", s->name, m.p);
  free(m.p);
}

// Whether every library shared library f needs is on the command line
// too (by the name recorded, or the file's own name): only then can the
// link know that nothing provides one of f's imports (lld's rule; fle-ld
// does not read the libraries a library needs).
static bool needs_all_present(Link *ld, const InputFile *f) {
  for (size_t n = 0; n < f->obj->nneeded; n++) {
    const char *want = f->obj->needed[n];
    bool found = false;
    for (size_t d = 0; d < ld->ndsos && !found; d++) {
      const char *base = strrchr(ld->dsos[d]->name, '/');
      found = strcmp(ld->dsos[d]->needed, want) == 0 ||
              strcmp(base ? base + 1 : ld->dsos[d]->name, want) == 0;
    }
    if (!found)
      return false;
  }
  return true;
}

// Every strong reference must be defined.  The entry symbol, when only
// the command line wants it, is checked by layout instead.  In a .so an
// undefined symbol is an import for the loader to find, unless -z defs;
// what the shared libraries given as inputs import must be found in an
// executable, or in another of them, unless the library needs one that
// is not on the command line (which may provide it).
void check_undefined(Link *ld) {
  for (size_t i = 0; i < ld->nsyms; i++) {
    Symbol *s = ld->syms[i];
    if (!is_undefined_strong(s) || !s->reffile)
      continue;
    if (output_kind(ld) == OUT_SHARED && (!ld->zdefs || !s->used)) {
      tracef(ld, TRACE_RESOLVE, s->name,
             "symbol %s: undefined, imported: the loader finds it\n", s->name);
      continue;
    }
    if (!s->used && s->reffile->shared && !needs_all_present(ld, s->reffile)) {
      tracef(ld, TRACE_RESOLVE, s->name,
             "symbol %s: undefined, left to a library %s needs\n", s->name,
             s->reffile->name);
      continue;
    }
    report_undefined(ld, s);
  }
}
