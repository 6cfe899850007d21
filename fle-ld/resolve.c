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
#include "ld.h"

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
}

static void add_definition(Link *ld, Symbol *s, InputFile *f, int i,
                           uint8_t bind) {
  switch (s->state) {
  case SYM_UNDEF:
  case SYM_LINKER:
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
    fle_errorf("duplicate symbol: %s\n>>> defined in %s\n>>> defined in %s",
               s->name, s->file->name, f->name);
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
  s->size = fs->size;
  s->align = align;
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
    if (fs->section == FLE_UNDEF)
      add_reference(s, f, fs->bind);
    else if (fs->section == FLE_COMMON)
      add_common(ld, s, f, (int)i);
    else
      add_definition(ld, s, f, (int)i, fs->bind);
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
static const char *const tls_addresses[] = {"__tls_image", NULL};
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

// "FILE:(SEC+OFF) in function F (SOURCE.c)", as much as is known.
static void describe_site(char *buf, size_t len, const InputFile *f, int sec, uint64_t off) {
  format_location(buf, len, f, sec, off);
  const char *fn = function_at(f->obj, sec, off), *src = source_of(f->obj);
  size_t n = strlen(buf);
  if (fn)
    n += (size_t)snprintf(buf + n, len - n, " in function %s", fn);
  if (src && n < len)
    snprintf(buf + n, len - n, " (%s)", src);
}

// Appends "\n>>> referenced by FILE:(SEC+OFF) in function F (SOURCE.c)"
// for each reference to s.
static void describe_references(Link *ld, Symbol *s, char **buf, size_t *len,
                                size_t *cap) {
  size_t n = 0;
  char loc[512];
  for (size_t i = 0; i < ld->nfiles; i++) {
    InputFile *f = ld->files[i];
    for (size_t k = 0; k < f->obj->nsections; k++) {
      FleSection *sec = &f->obj->sections[k];
      for (size_t r = 0; r < sec->nrelocs; r++) {
        int si = sec->relocs[r].sym;
        if (si < 0 || f->gsyms[si] != s)
          continue;
        if (n++ >= MAX_REFS_SHOWN)
          continue;
        describe_site(loc, sizeof loc, f, (int)k, sec->relocs[r].offset);
        FLE_GROW(*buf, *cap, *len + strlen(loc) + 32);
        *len += sprintf(*buf + *len, "\n>>> referenced by %s", loc);
      }
    }
  }
  if (n > MAX_REFS_SHOWN) {
    FLE_GROW(*buf, *cap, *len + 64);
    *len += sprintf(*buf + *len, "\n>>> referenced %zu more times",
                    n - MAX_REFS_SHOWN);
  } else if (n == 0) {
    FLE_GROW(*buf, *cap, *len + strlen(s->reffile->name) + 32);
    *len += sprintf(*buf + *len, "\n>>> referenced by %s", s->reffile->name);
  }
}

static void report_undefined(Link *ld, Symbol *s) {
  if (fle_error_count() >= FLE_ERROR_LIMIT) {
    fle_errorf("undefined symbol: %s", s->name); // only counted
    return;
  }
  char *buf = NULL;
  size_t len = 0, cap = 0;
  describe_references(ld, s, &buf, &len, &cap);
  const char *local = local_definer(ld, s->name);
  if (local) {
    FLE_GROW(buf, cap, len + strlen(local) + strlen(s->name) + 80);
    len += sprintf(buf + len, "\n>>> note: %s defines a local %s, which "
                   "other files cannot see", local, s->name);
  }
  fle_errorf("undefined symbol: %s%s", s->name, buf);
  free(buf);
}

// Every strong reference must be defined.  The entry symbol, when only
// the command line wants it, is checked by layout instead.
void check_undefined(Link *ld) {
  for (size_t i = 0; i < ld->nsyms; i++) {
    Symbol *s = ld->syms[i];
    if (is_undefined_strong(s) && s->reffile)
      report_undefined(ld, s);
  }
}
