// fle-nm — GNU nm for FLE files: one line per symbol, "VALUE LETTER NAME",
// with nm's letters and nm's sort, so `fle-nm foo.fle` prints what
// `nm foo.o` prints for the ELF object it came from.
//
//   fle-nm [-n|-p] [-r] [-g] [-u] [--defined-only] [-a] [-A|-o] [-D] FILE...
//
// Letters (upper case global, lower case local), as BFD decides them:
//   U undefined, w/v weak undefined (v: object), W/V weak defined,
//   C common, A absolute; otherwise from the section: T code (X),
//   B no file bytes (NOBITS; in an executable, a segment's zero tail),
//   R read-only data, D writable data.
// FILE and SECTION symbols are debugging symbols to nm: shown only with -a.
// A COMMON symbol's value is its size, as nm shows it.
//
// -D lists a dynamic module's dynamic symbols (spec §8), as nm -D lists
// .dynsym: its imports (U, or w/v when weak) and its exports with their
// letters; an exported import (a canonical PLT entry) stays U, as nm -D
// shows it.  A file with none says "no symbols", as nm -D of a static
// program does.
//
// Differences from nm: -p lists symbols in FLE's order (symbols by
// section, then undefined/absolute/common ones), not the ELF symbol
// table's; an executable's letter comes from the section table entry
// holding the address (FLE executables keep no section types).
#include "inspect.h"

#include <getopt.h>
#include <inttypes.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum { SORT_NAME, SORT_NUMERIC, SORT_NONE } SortBy;

static struct {
  SortBy sort;
  bool reverse, extern_only, undefined_only, defined_only, debug_syms, file_prefix, dynamic;
} opt;

typedef struct {
  const FleSymbol *sym;
  char letter;
  uint64_t value;
  size_t order; // position in the file, to keep sorting stable
} Entry;

static void usage(FILE *out) {
  fprintf(out, "usage: fle-nm [option(s)] [FILE...]\n"
               " List symbols in FLE files (a.out if none given)\n"
               "  -a, --debug-syms       Also show FILE and SECTION symbols\n"
               "  -A, -o, --print-file-name  Print the file name before every symbol\n"
               "  -D, --dynamic          The dynamic symbols (a dynamic module's imports\n"
               "                         and exports)\n"
               "  -g, --extern-only      Only external (global, weak, undefined, common) symbols\n"
               "  -n, -v, --numeric-sort Sort by address\n"
               "  -p, --no-sort          Do not sort (FLE's symbol order)\n"
               "  -r, --reverse-sort     Reverse the sort\n"
               "  -u, --undefined-only   Only undefined symbols\n"
               "      --defined-only     Only defined symbols\n"
               "  -h, --help             Display this information\n");
}

// ------------------------------------------------------------ letters

// The letter of a section with these flags, lower case (BFD's
// decode_section_type: code, then data by writability, then no-bits).
static char section_letter(uint64_t flags, bool nobits) {
  if (flags & SHF_EXECINSTR)
    return 't';
  if (nobits)
    return 'b';
  return (flags & SHF_WRITE) ? 'd' : 'r';
}

static char defined_letter(const FleFile *f, const FleSymbol *s) {
  if (s->section == FLE_ABS)
    return 'a';
  if (f->kind == FLE_OBJ) {
    const FleSection *sec = &f->sections[s->section];
    return section_letter(sec->flags, sec->type == SHT_NOBITS);
  }
  bool zero = inspect_exe_is_zero_fill(f, s->value);
  int k = inspect_exe_section_at(f, s->value);
  if (k >= 0)
    return section_letter(f->sections[k].flags, zero);
  const FleSegment *g = &f->segments[s->section];
  return section_letter((g->flags & PF_X ? SHF_EXECINSTR : 0) | (g->flags & PF_W ? SHF_WRITE : 0),
                        zero);
}

static char letter_of(const FleFile *f, const FleSymbol *s) {
  bool object = s->type == STT_OBJECT;
  if (s->section == FLE_COMMON)
    return 'C';
  if (s->section == FLE_UNDEF)
    return s->bind == STB_WEAK ? (object ? 'v' : 'w') : 'U';
  if (s->bind == STB_WEAK)
    return object ? 'V' : 'W';
  char c = defined_letter(f, s);
  return s->bind == STB_GLOBAL ? (char)(c - 'a' + 'A') : c;
}

// ------------------------------------------------------------ choosing

static bool wanted(const FleSymbol *s) {
  bool undef = s->section == FLE_UNDEF;
  if (!opt.debug_syms && (s->type == STT_FILE || s->type == STT_SECTION))
    return false;
  if (opt.extern_only && s->bind == STB_LOCAL && s->section != FLE_COMMON)
    return false;
  if (opt.undefined_only && !undef)
    return false;
  if (opt.defined_only && undef)
    return false;
  return true;
}

static int by_name(const Entry *a, const Entry *b) {
  int c = strcoll(a->sym->name, b->sym->name);
  return c ? c : (a->order > b->order) - (a->order < b->order);
}

// nm -n: undefined symbols first, then by value, then by name.
static int by_value(const Entry *a, const Entry *b) {
  bool ua = a->sym->section == FLE_UNDEF, ub = b->sym->section == FLE_UNDEF;
  if (ua != ub)
    return ua ? -1 : 1;
  if (!ua && a->value != b->value)
    return a->value < b->value ? -1 : 1;
  return by_name(a, b);
}

static int compare(const void *x, const void *y) {
  const Entry *a = x, *b = y;
  int c = opt.sort == SORT_NUMERIC ? by_value(a, b) : by_name(a, b);
  return opt.reverse ? -c : c;
}

// ------------------------------------------------------------ printing

static void print_entry(const Entry *e, const char *prefix) {
  if (prefix)
    printf("%s:", prefix);
  if (e->sym->section == FLE_UNDEF)
    printf("%16s %c %s\n", "", e->letter, e->sym->name);
  else
    printf("%016" PRIx64 " %c %s\n", e->value, e->letter, e->sym->name);
}

// Lists one object or executable; prefix is what -A puts before lines.
// With -D, only the dynamic symbols (dyn: their model indices).
static void list_symbols(const FleFile *f, const char *shown_name, const char *prefix) {
  size_t ndyn = 0;
  int *dyn = opt.dynamic ? inspect_dynsyms(f, &ndyn) : NULL;
  size_t total = opt.dynamic ? ndyn : f->nsyms;
  if (total == 0) {
    fprintf(stderr, "fle-nm: %s: no symbols\n", shown_name);
    free(dyn);
    return;
  }
  Entry *v = fle_xmalloc(total * sizeof *v);
  size_t n = 0;
  for (size_t k = 0; k < total; k++) {
    const FleSymbol *s = &f->syms[dyn ? (size_t)dyn[k] : k];
    if (!wanted(s))
      continue;
    uint64_t value = s->section == FLE_COMMON ? s->size : s->value;
    v[n] = (Entry){s, letter_of(f, s), value, k};
    n++;
  }
  free(dyn);
  if (opt.sort != SORT_NONE)
    qsort(v, n, sizeof *v, compare);
  for (size_t i = 0; i < n; i++)
    print_entry(&v[i], opt.file_prefix ? prefix : NULL);
  free(v);
}

static void list_path(const char *path, bool many) {
  FleFile *f = inspect_read(path);
  if (!f)
    return;
  if (f->kind != FLE_AR) {
    if (many && !opt.file_prefix)
      printf("\n%s:\n", path);
    list_symbols(f, path, path);
    fle_free(f);
    return;
  }
  if (many)
    printf("\n%s:\n", path);
  for (size_t i = 0; i < f->nmembers; i++) {
    const char *member = f->members[i]->path;
    char *prefix = fle_xmalloc(strlen(path) + strlen(member) + 2);
    sprintf(prefix, "%s:%s", path, member);
    if (!opt.file_prefix)
      printf("\n%s:\n", member);
    list_symbols(f->members[i], member, prefix);
    free(prefix);
  }
  fle_free(f);
}

int main(int argc, char **argv) {
  enum { DEFINED_ONLY = 256 };
  static const struct option longs[] = {
      {"debug-syms", no_argument, 0, 'a'},   {"print-file-name", no_argument, 0, 'A'},
      {"extern-only", no_argument, 0, 'g'},  {"numeric-sort", no_argument, 0, 'n'},
      {"no-sort", no_argument, 0, 'p'},      {"reverse-sort", no_argument, 0, 'r'},
      {"undefined-only", no_argument, 0, 'u'}, {"defined-only", no_argument, 0, DEFINED_ONLY},
      {"dynamic", no_argument, 0, 'D'},      {"help", no_argument, 0, 'h'},
      {0, 0, 0, 0},
  };
  fle_tool = "fle-nm";
  setlocale(LC_COLLATE, ""); // nm sorts names with strcoll, in the user's locale
  for (int c; (c = getopt_long(argc, argv, "aAoDgnvpruh", longs, NULL)) != -1;) {
    switch (c) {
    case 'a': opt.debug_syms = true; break;
    case 'A': case 'o': opt.file_prefix = true; break;
    case 'D': opt.dynamic = true; break;
    case 'g': opt.extern_only = true; break;
    case 'n': case 'v': opt.sort = SORT_NUMERIC; break;
    case 'p': opt.sort = SORT_NONE; break;
    case 'r': opt.reverse = true; break;
    case 'u': opt.undefined_only = true; break;
    case DEFINED_ONLY: opt.defined_only = true; break;
    case 'h': usage(stdout); return 0;
    default: usage(stderr); return 1;
    }
  }
  if (optind == argc)
    list_path("a.out", false);
  for (int i = optind; i < argc; i++)
    list_path(argv[i], argc - optind > 1);
  return fle_error_count() ? 1 : 0;
}
