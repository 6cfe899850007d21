// fle-readfle — readelf for FLE files, so an FLE object can be read side
// by side with `readelf -W` on the ELF object it came from.
//
//   fle-readfle -h | -S | -l | -d | -r | --dyn-syms | -s | -a [-W] FILE...
//   fle-readfle -x SECTION | -p SECTION FILE...   (readelf's hex and
//                                                  string dumps)
//   fle-readfle --json FILE        the JSON of an FLE file, #! line left
//                                  out, for jq
//   fle-readfle --svg EXE          a picture of an executable's memory
//                                  (svg.c)
//
// Output is always wide (-W is accepted and ignored) and its columns are
// readelf's.  Whatever the order of the options, the parts come in
// readelf's order: header, sections, segments, dynamic section,
// relocations, dynamic symbols, symbols.
// Where FLE keeps less than ELF, the columns stay and say so:
//   - "Off" (and a segment's "Offset", a relocation table's "at offset")
//     is the byte offset in the FLE file of the first line of the
//     section's contents -- in an executable, of the line holding the
//     section's first byte -- as `grep -b` counts it; "-" where the
//     reader could not tell (sections listed after the segments).
//   - Sections are numbered as FLE numbers them, plus one: [ 0] is the
//     null entry as in readelf, so a symbol's Ndx is its section's [Nr].
//     ELF's own numbering (which counts .rela.*, .symtab and debug
//     sections FLE does not carry) is not kept.
//   - Lk and Inf are 0 (FLE has no link fields); .rela sections are not
//     listed in -S, their contents are what -r shows.
//   - Symbols are listed FILE, SECTION, other locals, then globals, each
//     in file order; Num and the symbol half of Info follow this order.
//     Every section has a SECTION symbol (implicit in FLE), where ELF has
//     one only for sections that something refers to.
//   - Executables: the section table holds name, address, size, flags and
//     the alignment the link used (Al); Type is NOBITS for a section in a
//     segment's zero-filled tail, else PROGBITS.  A symbol's Ndx is the
//     section holding it.
//   - "Number of symbols" counts the null symbol, as the symbol table's
//     "contains N entries" does (and "Number of section headers" [ 0]).
//   - Dynamic modules (spec §8): -d lists the top-level keys readelf -d
//     shows as tags (NEEDED, SONAME, RUNPATH, INIT_ARRAY...), at the
//     offset of the first of them; ELF's bookkeeping tags (STRTAB,
//     GNU_HASH, RELA, the NULL terminator) have nothing to stand for.
//     --dyn-syms is the .dynsym ELF would hold (inspect_dynsyms); -r
//     numbers symbols by it, as readelf -r does for a .so, and lists
//     each segment's load-time relocations under its name ("Relocation
//     segment 'data'") where ELF splits them into .rela.dyn and .rela.plt.
//     -s stays the full symbol table (readelf -s shows .dynsym too; -a
//     and --dyn-syms do here).
// Archives are shown member by member ("File: lib.a(member)").
#include "inspect.h"

#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// A -x or -p request: a section name, or its [Nr] as shown by -S.
typedef struct {
  char kind; // 'x' hex dump, 'p' string dump
  const char *section;
  bool found; // in the current file
} Dump;

typedef struct {
  bool header, sections, segments, dynamic, relocs, dynsyms, symbols, json, svg;
  Dump *dumps;
  size_t ndumps;
} Opts;

// What to show.  Like readelf, -S and -l drop their "There are ..."
// preamble when the header (-h) is shown too.
static Opts opt;

static void usage(FILE *out) {
  fprintf(out,
          "usage: fle-readfle <option(s)> FILE...\n"
          " Display information about the contents of FLE files\n"
          "  -a --all               Equivalent to: -h -S -l -d -r --dyn-syms -s\n"
          "  -h --file-header       Display the FLE file header\n"
          "  -S --section-headers   Display the sections' header\n"
          "     --sections          An alias for --section-headers\n"
          "  -l --program-headers   Display the segments (executables)\n"
          "     --segments          An alias for --program-headers\n"
          "  -d --dynamic           Display the dynamic section (needed, soname, runpath,\n"
          "                         init/fini arrays of a dynamic module)\n"
          "  -r --relocs            Display the relocations\n"
          "  -s --syms              Display the symbol table\n"
          "     --symbols           An alias for --syms\n"
          "     --dyn-syms          Display the dynamic symbols (imports and exports)\n"
          "  -x --hex-dump=<number|name>\n"
          "                         Dump the contents of section <number|name> as bytes\n"
          "  -p --string-dump=<number|name>\n"
          "                         Dump the contents of section <number|name> as strings\n"
          "     --json              Print the file's JSON without its #! line (for jq)\n"
          "     --svg               Draw an executable's memory as SVG\n"
          "  -W --wide              Accepted; output is always wide\n"
          "  -H --help              Display this information\n"
          " Off/Offset: the byte offset in the file of the first line of a section's\n"
          " (or segment's) contents; in an executable, of the line holding the\n"
          " section's first byte; '-' when not known.\n"
          " Section numbers are FLE's, [ 0] being the null entry.\n");
}

static const char *type_words(const FleFile *f) {
  if (f->kind == FLE_OBJ)
    return "REL (Relocatable file)";
  if (f->shared)
    return "DYN (Shared object file)";
  return f->pie ? "DYN (Position-Independent Executable file)" : "EXEC (Executable file)";
}

static size_t count_relocs(const FleFile *f) {
  size_t n = 0;
  for (size_t i = 0; i < f->nsections; i++)
    n += f->sections[i].nrelocs;
  for (size_t i = 0; i < f->nsegments; i++)
    n += f->segments[i].nrelocs;
  return n;
}

// ------------------------------------------------------------------ -h

#define FIELD(label) printf("  %-35s", label ":")

static void show_header(const FleFile *f) {
  printf("FLE Header:\n");
  FIELD("Format");
  printf("FLE (JSON text)\n");
  FIELD("Version");
  printf("%d%s\n", f->version, f->version == FLE_VERSION ? " (current)" : "");
  FIELD("Type");
  printf("%s\n", type_words(f));
  FIELD("Machine");
  printf("Advanced Micro Devices X86-64\n");
  FIELD("Entry point address");
  printf("0x%" PRIx64 "\n", f->kind == FLE_EXE ? f->entry : 0);
  FIELD("Interpreter");
  printf("%s\n", f->interp ? f->interp : "(none)");
  FIELD("Number of program headers");
  printf("%zu\n", f->nsegments);
  FIELD("Number of section headers");
  printf("%zu\n", f->nsections + 1);
  FIELD("Number of symbols");
  printf("%zu\n", f->nsyms + 1); // with the null symbol, like -s
  FIELD("Number of relocations");
  printf("%zu\n", count_relocs(f));
}

// ------------------------------------------------------------------ -S

static uint32_t section_type(const FleFile *f, const FleSection *s) {
  if (f->kind == FLE_EXE)
    return s->size && inspect_exe_is_zero_fill(f, s->addr) ? SHT_NOBITS : SHT_PROGBITS;
  return s->type;
}

// readelf's offset columns: the offset of a section's first line, "-"
// when the reader could not tell (width digits either way).
static void print_offset(size_t off, int width) {
  if (off)
    printf("%0*zx", width, off);
  else
    printf("%-*s", width, "-");
}

static void show_section_row(const FleFile *f, size_t nr, const FleSection *s) {
  char flags[16];
  const char *type = fle_shtype_name(section_type(f, s));
  fle_shflags_str(s->flags, flags);
  printf("  [%2zu] %-17s %-15.15s %016" PRIx64 " ", nr, s->name, type ? type : "?", s->addr);
  print_offset(s->text_offset, 6);
  printf(" %06" PRIx64 " %02" PRIx64 " %3s %2u %3u %2" PRIu64 "\n", s->size, s->entsize, flags,
         0, 0, s->align);
}

static void show_sections(const FleFile *f) {
  if (!opt.header)
    printf("There are %zu section headers (Off: where the section's lines start):\n",
           f->nsections + 1);
  printf("\nSection Headers:\n"
         "  [Nr] Name              Type            Address          Off    Size   ES Flg Lk Inf Al\n"
         "  [ 0]                   NULL            0000000000000000 000000 000000 00      0   0  0\n");
  for (size_t i = 0; i < f->nsections; i++)
    show_section_row(f, i + 1, &f->sections[i]);
  printf("Key to Flags:\n"
         "  W (write), A (alloc), X (execute), M (merge), S (strings), I (info),\n"
         "  L (link order), O (extra OS processing required), G (group), T (TLS),\n"
         "  C (compressed), x (unknown), o (OS specific), E (exclude),\n"
         "  D (mbind), l (large), p (processor specific)\n");
}

// ------------------------------------------------------------------ -l

static void show_mapping(const FleFile *f) {
  printf("\n Section to Segment mapping:\n  Segment Sections...\n");
  for (size_t i = 0; i < f->nsegments; i++) {
    const FleSegment *g = &f->segments[i];
    printf("   %02zu     ", i);
    for (size_t k = 0; k < f->nsections; k++) {
      const FleSection *s = &f->sections[k];
      if (s->addr >= g->vaddr && s->addr - g->vaddr < g->memsz + (s->size == 0) &&
          s->size <= g->memsz - (s->addr - g->vaddr))
        printf("%s ", s->name);
    }
    printf("\n");
  }
}

static void show_segments(const FleFile *f) {
  if (f->kind != FLE_EXE || f->nsegments == 0) {
    printf("\nThere are no program headers in this file.\n");
    return;
  }
  if (!opt.header)
    printf("\nElf file type is %s\nEntry point 0x%" PRIx64 "\n"
           "There are %zu program headers (FLE segments; Offset: where their lines start)\n",
           type_words(f), f->entry, f->nsegments);
  printf("\nProgram Headers:\n"
         "  Type           Offset   VirtAddr           PhysAddr           FileSiz  MemSiz   Flg Align\n");
  for (size_t i = 0; i < f->nsegments; i++) {
    const FleSegment *g = &f->segments[i];
    printf("  %-14s 0x", "LOAD");
    print_offset(g->text_offset, 6);
    printf(" 0x%016" PRIx64 " 0x%016" PRIx64 " 0x%06" PRIx64 " 0x%06" PRIx64 " %c%c%c 0x%" PRIx64
           "\n",
           g->vaddr, g->vaddr, g->filesz, g->memsz, g->flags & PF_R ? 'R' : ' ',
           g->flags & PF_W ? 'W' : ' ', g->flags & PF_X ? 'E' : ' ', g->align);
  }
  // FLE's interpreter is the #! line, not a segment; shown where readelf
  // shows PT_INTERP's.
  if (f->interp)
    printf("      [Requesting program interpreter: %s]\n", f->interp);
  show_mapping(f);
}

// ------------------------------------------------------------------ -d

static bool is_key(const char *buf, size_t len, size_t at, size_t end, const char *key) {
  size_t n = strlen(key);
  if (end - at - 1 != n || memcmp(buf + at + 1, key, n))
    return false;
  for (end++; end < len && buf[end] && strchr(" \t\r\n", buf[end]); end++)
    ;
  return end < len && buf[end] == ':';
}

// Where the first of the keys -d shows starts in the file (its opening
// quote), as -S's Off counts; 0 when it cannot be told.  The file was
// read whole before, so it is JSON: strings and nesting are enough.
static size_t dynamic_offset(const char *path) {
  static const char *const keys[] = {"soname", "needed", "runpath", "init_array", "fini_array"};
  const char *buf;
  size_t len, found = 0;
  if (fle_map_file(path, &buf, &len) != 0)
    return 0;
  int depth = 0;
  for (size_t at = 0; at < len && !found; at++) {
    if (at == 0 && len >= 2 && buf[0] == '#' && buf[1] == '!') // the #! line
      while (at < len && buf[at] != '\n')
        at++;
    if (buf[at] == '{' || buf[at] == '[')
      depth++;
    else if (buf[at] == '}' || buf[at] == ']')
      depth--;
    else if (buf[at] == '"') {
      size_t end = at + 1;
      for (; end < len && buf[end] != '"'; end++)
        end += buf[end] == '\\';
      for (size_t k = 0; depth == 1 && k < sizeof keys / sizeof *keys && end < len; k++)
        if (is_key(buf, len, at, end, keys[k]))
          found = at;
      at = end;
    }
  }
  fle_unmap_file(buf, len);
  return found;
}

// readelf -d's row: the tag, its name in parentheses, then the value
// from a fixed column.
static void dyn_tag(uint64_t tag, const char *type) {
  printf(" 0x%016" PRIx64 " (%s)%*s", tag, type, 19 - (int)strlen(type), " ");
}

static void show_dynamic(const FleFile *f) {
  if (!fle_is_dynamic(f)) {
    printf("\nThere is no dynamic section in this file.\n");
    return;
  }
  bool init = f->init_array || f->init_array_size, fini = f->fini_array || f->fini_array_size;
  size_t n = f->nneeded + (f->soname != NULL) + (f->nrunpath > 0) + 2 * init + 2 * fini +
             3 * (f->plt_size > 0) + 2 * f->bind_now;
  printf("\nDynamic section at offset 0x%zx contains %zu %s:\n"
         "  Tag        Type                         Name/Value\n",
         dynamic_offset(f->path), n, n == 1 ? "entry" : "entries");
  for (size_t i = 0; i < f->nneeded; i++) {
    dyn_tag(DT_NEEDED, "NEEDED");
    printf("Shared library: [%s]\n", f->needed[i]);
  }
  if (f->soname) {
    dyn_tag(DT_SONAME, "SONAME");
    printf("Library soname: [%s]\n", f->soname);
  }
  if (f->nrunpath) { // ELF's DT_RUNPATH is one string, the list joined by ':'
    dyn_tag(DT_RUNPATH, "RUNPATH");
    printf("Library runpath: [");
    for (size_t i = 0; i < f->nrunpath; i++)
      printf("%s%s", i ? ":" : "", f->runpath[i]);
    printf("]\n");
  }
  if (init) {
    dyn_tag(DT_INIT_ARRAY, "INIT_ARRAY");
    printf("0x%" PRIx64 "\n", f->init_array);
    dyn_tag(DT_INIT_ARRAYSZ, "INIT_ARRAYSZ");
    printf("%" PRIu64 " (bytes)\n", f->init_array_size);
  }
  if (fini) {
    dyn_tag(DT_FINI_ARRAY, "FINI_ARRAY");
    printf("0x%" PRIx64 "\n", f->fini_array);
    dyn_tag(DT_FINI_ARRAYSZ, "FINI_ARRAYSZ");
    printf("%" PRIu64 " (bytes)\n", f->fini_array_size);
  }
  if (f->plt_size) { // ELF's .rela.plt: a 24-byte Elf64_Rela per slot
    dyn_tag(DT_PLTGOT, "PLTGOT");
    printf("0x%" PRIx64 "\n", f->pltgot);
    dyn_tag(DT_PLTRELSZ, "PLTRELSZ");
    printf("%" PRIu64 " (bytes)\n", (f->pltgot_size / 8 - 3) * 24);
    dyn_tag(DT_PLTREL, "PLTREL");
    printf("RELA\n");
  }
  if (f->bind_now) {
    dyn_tag(DT_FLAGS, "FLAGS");
    printf("BIND_NOW\n");
    dyn_tag(DT_FLAGS_1, "FLAGS_1");
    printf("Flags: NOW\n");
  }
}

// ------------------------------------------------------------------ -r

// num[i] is the number Info gives model symbol i (reloc_sym_numbers).
static void show_reloc_row(const FleFile *f, const FleReloc *r, uint64_t where,
                           const size_t *num) {
  const FleSymbol *s = r->sym >= 0 ? &f->syms[r->sym] : NULL;
  uint64_t symnum = s ? num[r->sym] : 0;
  printf("%016" PRIx64 "  %016" PRIx64 " %-22s", where, symnum << 32 | r->type,
         fle_elf_reloc_name(r->type));
  uint64_t a = (uint64_t)r->addend;
  if (!s) {
    printf("%*c%s%" PRIx64 "\n", 20, ' ', r->addend < 0 ? "-" : "", r->addend < 0 ? -a : a);
    return;
  }
  printf(" %016" PRIx64 " %s %c %" PRIx64 "\n", inspect_dynsym_value(f, r->sym), s->name,
         r->addend < 0 ? '-' : '+', r->addend < 0 ? -a : a);
}

// FLE's relocations stand among their section's (or segment's) lines:
// the table's offset is that of the first line.  what: "section" or
// "segment".
static void reloc_table_head(const char *what, const char *name, size_t offset, size_t n) {
  printf("\nRelocation %s '%s' at offset 0x%zx contains %zu %s:\n"
         "    Offset             Info             Type               Symbol's Value  Symbol's Name + Addend\n",
         what, name, offset, n, n == 1 ? "entry" : "entries");
}

// The symbol numbers relocations show: -s's Num, or in a dynamic module
// --dyn-syms's (as readelf -r of a .so numbers .dynsym).  Caller frees.
static size_t *reloc_sym_numbers(const FleFile *f) {
  size_t *num, n;
  free(inspect_symbol_order(f, &num));
  for (size_t i = 0; i < f->nsyms; i++)
    num[i]++;
  int *dyn = inspect_dynsyms(f, &n);
  for (size_t k = 0; k < n; k++)
    num[dyn[k]] = k + 1;
  free(dyn);
  return num;
}

// A dynamic module's load-time relocations, one table per segment under
// the segment's name: FLE keeps them among the segment's lines.
static void show_segment_relocs(const FleFile *f, const size_t *num) {
  for (size_t i = 0; i < f->nsegments; i++) {
    const FleSegment *g = &f->segments[i];
    if (!g->nrelocs)
      continue;
    reloc_table_head("segment", g->name, g->text_offset, g->nrelocs);
    for (size_t k = 0; k < g->nrelocs; k++)
      show_reloc_row(f, &g->relocs[k], g->vaddr + g->relocs[k].offset, num);
  }
}

// A static PIE's load-time relocations (R_X86_64_RELATIVE), all segments
// in one table, as readelf shows a PIE's .rela.dyn.
static void show_pie_relocs(const FleFile *f, const size_t *num) {
  size_t n = 0, first = 0;
  for (size_t i = 0; i < f->nsegments; i++) {
    if (!n && f->segments[i].nrelocs)
      first = f->segments[i].text_offset;
    n += f->segments[i].nrelocs;
  }
  if (n)
    reloc_table_head("section", ".rela.dyn", first, n);
  for (size_t i = 0; i < f->nsegments; i++)
    for (size_t k = 0; k < f->segments[i].nrelocs; k++) {
      const FleReloc *r = &f->segments[i].relocs[k];
      show_reloc_row(f, r, f->segments[i].vaddr + r->offset, num);
    }
}

static void show_relocs(const FleFile *f) {
  size_t *rank = reloc_sym_numbers(f);
  for (size_t i = 0; i < f->nsections; i++) {
    const FleSection *s = &f->sections[i];
    if (!s->nrelocs)
      continue;
    char *name = fle_xmalloc(strlen(s->name) + 6);
    sprintf(name, ".rela%s", s->name);
    reloc_table_head("section", name, s->text_offset, s->nrelocs);
    free(name);
    for (size_t k = 0; k < s->nrelocs; k++)
      show_reloc_row(f, &s->relocs[k], s->relocs[k].offset, rank);
  }
  if (fle_is_dynamic(f))
    show_segment_relocs(f, rank);
  else
    show_pie_relocs(f, rank);
  if (count_relocs(f) == 0)
    printf("\nThere are no relocations in this file.\n");
  free(rank);
}

// ------------------------------------------------------------------ -s

// readelf's Ndx column: UND, ABS, COM or the section's [Nr].
static const char *ndx_word(const FleFile *f, const FleSymbol *s, char buf[16]) {
  int sec = s->section;
  if (sec == FLE_UNDEF)
    return "UND";
  if (sec == FLE_ABS)
    return "ABS";
  if (sec == FLE_COMMON)
    return "COM";
  if (f->kind == FLE_EXE)
    sec = inspect_exe_section_at(f, s->value);
  if (sec < 0)
    return "ABS";
  snprintf(buf, 16, "%d", sec + 1);
  return buf;
}

// readelf prints sizes up to 99999 in decimal, larger ones in hex.
static void print_size(uint64_t size) {
  if (size <= 99999)
    printf("%5" PRIu64, size);
  else
    printf("0x%" PRIx64, size);
}

static void symbol_table_head(const char *name, size_t n) {
  printf("\nSymbol table '%s' contains %zu %s:\n"
         "   Num:    Value          Size Type    Bind   Vis      Ndx Name\n"
         "     0: 0000000000000000     0 NOTYPE  LOCAL  DEFAULT  UND \n",
         name, n, n == 1 ? "entry" : "entries");
}

// COMMON symbols hold their alignment where ELF's st_value does.
static void show_symbol_row(const FleFile *f, size_t num, const FleSymbol *s, uint64_t value) {
  char buf[16];
  printf("%6zu: %016" PRIx64 " ", num, value);
  print_size(s->size);
  printf(" %-7s %-6s %-7s %4s %s\n", fle_type_name(s->type), fle_bind_name(s->bind),
         fle_vis_name(s->vis), ndx_word(f, s, buf), s->name);
}

static void show_symbols(const FleFile *f) {
  size_t *order = inspect_symbol_order(f, NULL);
  symbol_table_head(".symtab", f->nsyms + 1);
  for (size_t k = 0; k < f->nsyms; k++)
    show_symbol_row(f, k + 1, &f->syms[order[k]], f->syms[order[k]].value);
  free(order);
}

// --dyn-syms: nothing for a static file, as readelf prints nothing.
static void show_dynsyms(const FleFile *f) {
  size_t n;
  int *dyn = inspect_dynsyms(f, &n);
  if (!dyn)
    return;
  symbol_table_head(".dynsym", n + 1);
  for (size_t k = 0; k < n; k++)
    show_symbol_row(f, k + 1, &f->syms[dyn[k]], inspect_dynsym_value(f, dyn[k]));
  free(dyn);
}

// -------------------------------------------------------------- -x, -p

// The section a -x/-p argument names: its [Nr] as -S shows it, or its
// name; -1 when there is none.
static int dump_target(const FleFile *f, const char *sel) {
  char *end;
  unsigned long n = strtoul(sel, &end, 10);
  if (*sel >= '0' && *sel <= '9' && !*end)
    return n >= 1 && n <= f->nsections ? (int)n - 1 : -1;
  return fle_find_section(f, sel);
}

// readelf -x: 16 bytes a line in groups of four, then as ASCII.
static void hex_dump(const FleFile *f, const FleSection *s) {
  uint64_t len;
  const uint8_t *p = inspect_section_bytes(f, s, &len);
  if (!len) {
    printf("Section '%s' has no data to dump.\n", s->name);
    return;
  }
  printf("\nHex dump of section '%s':\n", s->name);
  if (s->nrelocs)
    printf(" NOTE: This section has relocations against it, but these have NOT been applied to this dump.\n");
  for (uint64_t at = 0; at < len; at += 16) {
    uint64_t n = len - at < 16 ? len - at : 16;
    printf("  0x%08" PRIx64 " ", s->addr + at);
    for (uint64_t j = 0; j < 16; j++) {
      if (j < n)
        printf("%02x", p[at + j]);
      else
        printf("  ");
      if ((j & 3) == 3)
        putchar(' ');
    }
    for (uint64_t j = 0; j < n; j++)
      putchar(p[at + j] >= ' ' && p[at + j] < 0x7f ? p[at + j] : '.');
    putchar('\n');
  }
  putchar('\n');
}

// readelf -p: each run of bytes up to a NUL that starts with a printable
// character, at its offset; a newline shows as \n (the rest of the string
// going on on the next line), other control characters as ^X; bytes from
// 0x80 up are printed as they are (UTF-8 text shows as text).
static void string_dump(const FleFile *f, const FleSection *s) {
  uint64_t len;
  const uint8_t *p = inspect_section_bytes(f, s, &len);
  if (!len) {
    printf("Section '%s' has no data to dump.\n", s->name);
    return;
  }
  printf("\nString dump of section '%s':\n", s->name);
  if (s->nrelocs)
    printf("  Note: This section has relocations against it, but these have NOT been applied to this dump.\n");
  bool any = false;
  for (uint64_t at = 0; at < len;) {
    if (p[at] < ' ' || p[at] >= 0x7f) {
      at++;
      continue;
    }
    printf("  [%6" PRIx64 "]  ", at);
    for (; at < len && p[at]; at++) {
      uint8_t c = p[at];
      if (c == '\n') // and more to come: on a new line, indented
        printf(at + 1 < len && p[at + 1] ? "\\n\n            " : "\\n");
      else if (c < ' ' || c == 0x7f)
        printf("^%c", c == 0x7f ? '?' : c + 0x40);
      else
        putchar(c);
    }
    putchar('\n');
    any = true;
  }
  if (!any)
    printf("  No strings found in this section.");
  putchar('\n');
}

// The dumps in section order, as readelf does them; a section asked for
// that does not exist is an error.
static void show_dumps(const FleFile *f, const char *shown) {
  for (size_t i = 0; i < f->nsections; i++)
    for (size_t k = 0; k < opt.ndumps; k++)
      if (dump_target(f, opt.dumps[k].section) == (int)i)
        opt.dumps[k].kind == 'x' ? hex_dump(f, &f->sections[i]) : string_dump(f, &f->sections[i]);
  for (size_t k = 0; k < opt.ndumps; k++)
    if (dump_target(f, opt.dumps[k].section) < 0)
      fle_errorf("%s: section '%s' was not dumped because it does not exist", shown,
                 opt.dumps[k].section);
}

// -------------------------------------------------------------- --json

// The file as it is, less its #! line: JSON that jq and json.tool read.
// A GNU ar archive of FLE objects holds no JSON: the FLE archive it is
// read as is printed instead.
// (The file was read whole before, so it is known to be FLE.)
static void print_json(const char *path, const FleFile *f) {
  const char *buf;
  size_t len;
  if (fle_map_file(path, &buf, &len) != 0) {
    fle_errorf("cannot open %s", path);
    return;
  }
  if (fle_is_gnu_ar(buf, len)) { // no JSON in it: the FLE archive it means
    fle_unmap_file(buf, len);
    size_t n;
    char *text = fle_dump(f, &n);
    if (!text)
      fle_errorf("%s", fle_error());
    else
      fwrite(text, 1, n, stdout);
    free(text);
    return;
  }
  const char *p = buf;
  if (len >= 2 && buf[0] == '#' && buf[1] == '!')
    p = (const char *)memchr(buf, '\n', len) + 1;
  fwrite(p, 1, len - (size_t)(p - buf), stdout);
  fle_unmap_file(buf, len);
}

// ---------------------------------------------------------------- main

static void show(const FleFile *f, const char *shown) {
  if (opt.header)
    show_header(f);
  if (opt.sections)
    show_sections(f);
  if (opt.segments)
    show_segments(f);
  if (opt.dynamic)
    show_dynamic(f);
  if (opt.relocs)
    show_relocs(f);
  if (opt.dynsyms)
    show_dynsyms(f);
  if (opt.symbols)
    show_symbols(f);
  show_dumps(f, shown);
}

static void show_path(const char *path, bool many) {
  FleFile *f = inspect_read(path);
  if (!f)
    return;
  if (opt.json || opt.svg) {
    if (opt.json)
      print_json(path, f);
    else
      svg_draw(f, path, stdout);
  } else if (f->kind == FLE_AR) {
    for (size_t i = 0; i < f->nmembers; i++) {
      const char *name = inspect_member_name(path, f->members[i]->path);
      printf("\nFile: %s\n", name);
      char *shown = fle_xstrdup(name);
      show(f->members[i], shown);
      free(shown);
    }
  } else {
    if (many)
      printf("\nFile: %s\n", path);
    show(f, path);
  }
  fle_free(f);
}

int main(int argc, char **argv) {
  enum { DYN_SYMS = 256 };
  static const struct option longs[] = {
      {"all", no_argument, 0, 'a'},          {"file-header", no_argument, 0, 'h'},
      {"section-headers", no_argument, 0, 'S'}, {"sections", no_argument, 0, 'S'},
      {"program-headers", no_argument, 0, 'l'}, {"segments", no_argument, 0, 'l'},
      {"relocs", no_argument, 0, 'r'},       {"syms", no_argument, 0, 's'},
      {"symbols", no_argument, 0, 's'},      {"wide", no_argument, 0, 'W'},
      {"help", no_argument, 0, 'H'},         {"hex-dump", required_argument, 0, 'x'},
      {"string-dump", required_argument, 0, 'p'}, {"json", no_argument, 0, 'J'},
      {"svg", no_argument, 0, 'G'},          {"dynamic", no_argument, 0, 'd'},
      {"dyn-syms", no_argument, 0, DYN_SYMS}, {0, 0, 0, 0},
  };
  fle_tool = "fle-readfle";
  size_t cap_dumps = 0;
  bool any = false;
  for (int c; (c = getopt_long(argc, argv, "ahSldrsWHx:p:", longs, NULL)) != -1;) {
    any |= c != 'W' && c != 'H';
    switch (c) {
    case 'a':
      opt.header = opt.sections = opt.segments = opt.dynamic = opt.relocs = opt.dynsyms =
          opt.symbols = true;
      break;
    case 'x':
    case 'p':
      FLE_GROW(opt.dumps, cap_dumps, opt.ndumps + 1);
      opt.dumps[opt.ndumps++] = (Dump){(char)c, optarg, false};
      break;
    case 'J': opt.json = true; break;
    case 'G': opt.svg = true; break;
    case 'h': opt.header = true; break;
    case 'S': opt.sections = true; break;
    case 'l': opt.segments = true; break;
    case 'd': opt.dynamic = true; break;
    case DYN_SYMS: opt.dynsyms = true; break;
    case 'r': opt.relocs = true; break;
    case 's': opt.symbols = true; break;
    case 'W': break;
    case 'H': usage(stdout); return 0;
    default: usage(stderr); return 1;
    }
  }
  if (!any || optind == argc) {
    usage(stderr);
    return 1;
  }
  if ((opt.json || opt.svg) && (opt.json + opt.svg > 1 || opt.header || opt.sections ||
                                opt.segments || opt.dynamic || opt.relocs || opt.dynsyms ||
                                opt.symbols || opt.ndumps ||
                                argc - optind > 1))
    fle_fatal("--json and --svg take one file and no other option");
  for (int i = optind; i < argc; i++)
    show_path(argv[i], argc - optind > 1);
  free(opt.dumps);
  return fle_error_count() ? 1 : 0;
}
