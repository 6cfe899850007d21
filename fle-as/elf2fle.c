// elf2fle.c — ELF relocatable object -> FLE object, through libelf's
// gelf API.  Like xv6 validates an ELF header before trusting it, every
// index and offset read here is checked against the file first.
//
// What is kept: every allocatable section (type, flags, alignment, size,
// bytes), the DWARF sections (.debug_*, non-allocated), every symbol
// (whole name, binding, type, visibility, size; FILE symbols as
// absolute), and the RELA relocations of those sections.  What is
// dropped: other non-allocatable sections (.comment, .note.GNU-stack,
// the symbol and string tables) and their relocations.
#include "fle-as.h"

#include <fcntl.h>
#include <gelf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
  const char *path;
  uint64_t filesize;
  Elf *elf;
  size_t shstrndx;
  size_t nshdr;
  int *sec_map;        // ELF section index -> FLE section, or -1
  int *sym_map;        // ELF symbol index -> FLE symbol, or -1
  size_t nsyms;
  Elf_Scn *symtab;
  Elf_Data *shndx;     // SHT_SYMTAB_SHNDX, for objects with many sections
  FleFile *out;
  char zname[256];     // a .zdebug_ section's .debug_ name
} Conv;

__attribute__((format(printf, 2, 3)))
static int conv_error(Conv *c, const char *fmt, ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  fle_errorf("%s%s%s", c->path, msg[0] == '(' ? ":" : ": ", msg);
  return -1;
}

static const char *sec_name(Conv *c, const GElf_Shdr *sh) {
  return elf_strptr(c->elf, c->shstrndx, sh->sh_name);
}

static bool fle_section_type(uint32_t t) {
  return t == SHT_PROGBITS || t == SHT_NOBITS || t == SHT_NOTE ||
         t == SHT_INIT_ARRAY || t == SHT_FINI_ARRAY ||
         t == SHT_PREINIT_ARRAY || t == SHT_X86_64_UNWIND;
}

static int check_header(Conv *c) {
  GElf_Ehdr eh;
  if (elf_kind(c->elf) != ELF_K_ELF || !gelf_getehdr(c->elf, &eh))
    return conv_error(c, "not an ELF file");
  if (gelf_getclass(c->elf) != ELFCLASS64 || eh.e_machine != EM_X86_64)
    return conv_error(c, "not an x86-64 ELF64 object");
  if (eh.e_type != ET_REL)
    return conv_error(c, "not a relocatable object (ELF type %u)", eh.e_type);
  if (elf_getshdrstrndx(c->elf, &c->shstrndx) || elf_getshdrnum(c->elf, &c->nshdr))
    return conv_error(c, "bad section header table: %s", elf_errmsg(-1));
  // libelf reads headers lazily and shows a table it cannot read as no
  // sections at all: check the table against the file ourselves.
  size_t n = eh.e_shnum ? eh.e_shnum : c->nshdr; // 0: the count is in section 0
  if (n != c->nshdr || (n && (eh.e_shentsize != sizeof(Elf64_Shdr) || eh.e_shoff > c->filesize ||
                              n > (c->filesize - eh.e_shoff) / sizeof(Elf64_Shdr))))
    return conv_error(c, "section header table (%zu entries at 0x%llx) lies outside the "
                      "file (0x%llx bytes): truncated?", n,
                      (unsigned long long)eh.e_shoff, (unsigned long long)c->filesize);
  if (c->nshdr && c->shstrndx >= c->nshdr)
    return conv_error(c, "section name table index %zu is out of range (%zu sections)",
                      c->shstrndx, c->nshdr);
  return 0;
}

// gcc -flto without -ffat-lto-objects writes only its intermediate code
// (in .gnu.lto_* sections) and marks the object with __gnu_lto_slim:
// there is no machine code in it to convert.
static int refuse_slim_lto(Conv *c) {
  Elf_Scn *scn = c->symtab;
  GElf_Shdr sh;
  Elf_Data *d = scn && gelf_getshdr(scn, &sh) ? elf_getdata(scn, NULL) : NULL;
  for (size_t i = 0; d && sh.sh_entsize && i < sh.sh_size / sh.sh_entsize; i++) {
    GElf_Sym sym;
    const char *name = gelf_getsym(d, (int)i, &sym) ? elf_strptr(c->elf, sh.sh_link, sym.st_name) : NULL;
    if (name && strcmp(name, "__gnu_lto_slim") == 0)
      return conv_error(c, "a GCC LTO object: it holds GCC's intermediate code, not "
                           "machine code (compile it with -fno-lto)");
  }
  return 0;
}

// Debugging information is carried, as non-allocated sections: it costs
// the program nothing at run time and lets a debugger find its way.
// (.zdebug_* is the older, GNU way to compress it: -gz=zlib-gnu.)
static bool is_debug_section(const char *name, const GElf_Shdr *sh) {
  return name && sh->sh_type == SHT_PROGBITS &&
         (strncmp(name, ".debug_", 7) == 0 || strncmp(name, ".zdebug_", 8) == 0);
}

// Compressed debugging information (-gz, and Debian's assembler compresses
// by default) is carried uncompressed: libelf inflates it in memory, and
// a .zdebug_ section takes its .debug_ name.  *name may change.
static int inflate_debug(Conv *c, Elf_Scn *scn, GElf_Shdr *sh, const char **name) {
  bool gnu = strncmp(*name, ".zdebug_", 8) == 0;
  if (!gnu && !(sh->sh_flags & SHF_COMPRESSED))
    return 0;
  if ((gnu ? elf_compress_gnu(scn, 0, 0) : elf_compress(scn, 0, 0)) < 0 || !gelf_getshdr(scn, sh))
    return conv_error(c, "section %s: cannot decompress it: %s", *name, elf_errmsg(-1));
  if (gnu) {
    snprintf(c->zname, sizeof c->zname, ".%s", *name + 2);
    *name = c->zname;
  }
  return 0;
}

// Pass 1: every allocatable section, and every debug section, becomes an
// FLE section.
static int convert_sections(Conv *c) {
  c->sec_map = fle_xmalloc(c->nshdr * sizeof *c->sec_map);
  for (size_t i = 0; i < c->nshdr; i++)
    c->sec_map[i] = -1;
  for (Elf_Scn *scn = NULL; (scn = elf_nextscn(c->elf, scn));) {
    GElf_Shdr sh;
    if (!gelf_getshdr(scn, &sh))
      return conv_error(c, "bad section header: %s", elf_errmsg(-1));
    if (sh.sh_type == SHT_SYMTAB)
      c->symtab = scn;
    if (sh.sh_type == SHT_SYMTAB_SHNDX)
      c->shndx = elf_getdata(scn, NULL);
    const char *name = sec_name(c, &sh);
    if (!(sh.sh_flags & SHF_ALLOC) && !is_debug_section(name, &sh))
      continue;
    if (!name)
      return conv_error(c, "section %zu: bad name offset 0x%x", elf_ndxscn(scn), sh.sh_name);
    // gcc -g3 puts macro tables in COMDAT groups, one .debug_macro each:
    // FLE names sections uniquely and has no groups.
    if (!(sh.sh_flags & SHF_ALLOC) && (sh.sh_flags & SHF_GROUP))
      return conv_error(c, "section %s: debug information in a COMDAT group (-g3 macro "
                        "tables) is not supported: compile with -g", name);
    if (!(sh.sh_flags & SHF_ALLOC) && inflate_debug(c, scn, &sh, &name) < 0)
      return -1;
    if (!fle_section_type(sh.sh_type))
      return conv_error(c, "section %s: unsupported section type 0x%x", name, sh.sh_type);
    if (fle_find_section(c->out, name) >= 0)
      return conv_error(c, "duplicate section name %s", name);
    uint64_t align = sh.sh_addralign ? sh.sh_addralign : 1;
    if (align & (align - 1))
      return conv_error(c, "section %s: alignment 0x%llx is not a power of two", name,
                        (unsigned long long)align);
    size_t k = fle_add_section(c->out, name, sh.sh_type, sh.sh_flags, align);
    FleSection *s = &c->out->sections[k];
    s->size = sh.sh_size;
    s->entsize = sh.sh_entsize;
    c->sec_map[elf_ndxscn(scn)] = (int)k;
    if (sh.sh_type == SHT_NOBITS)
      continue;
    Elf_Data *d = elf_getdata(scn, NULL);
    if (!d || d->d_size != sh.sh_size)
      return conv_error(c, "section %s: cannot read its bytes", name);
    s->data = fle_xmalloc(sh.sh_size);
    if (sh.sh_size) // an empty section has no buffer (d_buf NULL)
      memcpy(s->data, d->d_buf, sh.sh_size);
  }
  for (size_t i = 0; i < c->out->nsections; i++) {
    FleSymbol s = {.name = c->out->sections[i].name, .bind = STB_LOCAL,
                   .type = STT_SECTION, .section = (int)i};
    fle_add_symbol(c->out, &s);
  }
  return 0;
}

// Where symbol i lives: FLE_UNDEF/ABS/COMMON, an FLE section, or -1 with
// *skip set when it lies in a section FLE does not carry (.comment...).
// BAD_INDEX: an index that names no section (after reporting it).
enum { BAD_INDEX = -100 };

static int where(Conv *c, size_t i, const GElf_Sym *sym, Elf32_Word xndx, bool *skip) {
  *skip = false;
  if (sym->st_shndx == SHN_UNDEF)
    return FLE_UNDEF;
  if (sym->st_shndx == SHN_ABS)
    return FLE_ABS;
  if (sym->st_shndx == SHN_COMMON)
    return FLE_COMMON;
  if (sym->st_shndx == SHN_XINDEX && !c->shndx)
    return conv_error(c, "symbol %zu: extended section index without a SYMTAB_SHNDX section", i), BAD_INDEX;
  size_t ndx = sym->st_shndx == SHN_XINDEX ? xndx : sym->st_shndx;
  if (ndx == 0 || ndx >= c->nshdr)
    return conv_error(c, "symbol %zu: section index 0x%zx is out of range (%zu sections)", i, ndx,
                      c->nshdr), BAD_INDEX;
  *skip = c->sec_map[ndx] < 0;
  return c->sec_map[ndx];
}

// Pass 2: symbols.  Section symbols map onto the implicit ones.
static int convert_symbols(Conv *c) {
  if (!c->symtab)
    return 0;
  GElf_Shdr sh;
  Elf_Data *d = elf_getdata(c->symtab, NULL);
  if (!gelf_getshdr(c->symtab, &sh) || !d || sh.sh_entsize != sizeof(Elf64_Sym))
    return conv_error(c, "bad symbol table");
  c->nsyms = sh.sh_size / sh.sh_entsize;
  c->sym_map = fle_xmalloc((c->nsyms + 1) * sizeof *c->sym_map);
  for (size_t i = 0; i < c->nsyms; i++) {
    GElf_Sym sym;
    Elf32_Word xndx = 0;
    c->sym_map[i] = -1;
    if (i == 0 || !gelf_getsymshndx(d, c->shndx, (int)i, &sym, &xndx))
      continue;
    bool skip;
    int sec = where(c, i, &sym, xndx, &skip);
    if (sec == BAD_INDEX)
      return -1;
    if (skip)
      continue;
    uint8_t type = GELF_ST_TYPE(sym.st_info);
    if (type == STT_SECTION) {
      c->sym_map[i] = sec;
      continue;
    }
    const char *name = elf_strptr(c->elf, sh.sh_link, sym.st_name);
    if (!name)
      return conv_error(c, "symbol %zu: bad name", i);
    FleSymbol s = {(char *)name, GELF_ST_BIND(sym.st_info), type,
                   GELF_ST_VISIBILITY(sym.st_other), sec, sym.st_value, sym.st_size};
    if (s.bind > STB_WEAK)
      return conv_error(c, "symbol %s: unsupported binding %u", name, s.bind);
    if (type > STT_TLS)
      return conv_error(c, "symbol %s: unsupported type %u", name, type);
    if (sec >= 0 && sym.st_value > c->out->sections[sec].size)
      return conv_error(c, "symbol %s lies outside its section", name);
    // What the FLE reader refuses (spec/FLE.md §4) is refused here, so
    // fle-as never writes an object the other tools cannot read.
    if (sec == FLE_UNDEF && s.bind == STB_LOCAL)
      return conv_error(c, "symbol %s: a local symbol cannot be undefined", name);
    if (sec == FLE_COMMON && (!s.value || (s.value & (s.value - 1))))
      return conv_error(c, "symbol %s: COMMON alignment 0x%llx is not a power of two", name,
                        (unsigned long long)s.value);
    c->sym_map[i] = (int)fle_add_symbol(c->out, &s);
  }
  return 0;
}

// A relocation names its symbol in FLE, so a local name used twice in one
// object would be ambiguous.  Assemblers turn local references into
// section-relative ones, so this does not arise from compiler output.
static int check_unique_name(Conv *c, int sym, FleMap *count) {
  const FleSymbol *s = &c->out->syms[sym];
  if (s->type == STT_SECTION)
    return 0;
  size_t *n = fle_map_get(count, s->name);
  if (n && *n > 1)
    return conv_error(c, "relocation against %s, a name this object defines %zu times", s->name, *n);
  return 0;
}

static int convert_rela(Conv *c, Elf_Scn *scn, const GElf_Shdr *sh, FleMap *count) {
  if (sh->sh_info == 0 || sh->sh_info >= c->nshdr)
    return conv_error(c, "relocation section %zu applies to section index %u, which is out "
                      "of range", elf_ndxscn(scn), sh->sh_info);
  if (c->sec_map[sh->sh_info] < 0)
    return 0; // relocations of a section FLE does not carry
  FleSection *s = &c->out->sections[c->sec_map[sh->sh_info]];
  if (s->type == SHT_NOBITS && sh->sh_size)
    return conv_error(c, "%s: relocations in a section without bytes (NOBITS)", s->name);
  if (sh->sh_entsize != sizeof(Elf64_Rela) || !c->symtab || sh->sh_link != elf_ndxscn(c->symtab))
    return conv_error(c, "%s: bad relocation section (entry size 0x%llx, symbol table %u)",
                      s->name, (unsigned long long)sh->sh_entsize, sh->sh_link);
  Elf_Data *d = elf_getdata(scn, NULL);
  size_t n = sh->sh_size / sh->sh_entsize;
  for (size_t i = 0; i < n; i++) {
    GElf_Rela r;
    if (!d || !gelf_getrela(d, (int)i, &r))
      return conv_error(c, "%s: bad relocation entry %zu", s->name, i);
    uint32_t type = GELF_R_TYPE(r.r_info);
    size_t symi = GELF_R_SYM(r.r_info);
    const FleRelocType *t = fle_reloc_by_type(type);
    if (!t || t->kind == RK_RELATIVE || t->kind == RK_SYM || t->kind == RK_COPY)
      return conv_error(c, "(%s+0x%llx): unsupported relocation type %s", s->name,
                        (unsigned long long)r.r_offset, fle_elf_reloc_name(type));
    if (r.r_offset > s->size || t->width > s->size - r.r_offset)
      return conv_error(c, "(%s+0x%llx): relocation overruns its section", s->name,
                        (unsigned long long)r.r_offset);
    if (symi == 0 || symi >= c->nsyms || c->sym_map[symi] < 0)
      return conv_error(c, "(%s+0x%llx): relocation against a symbol FLE does not carry",
                        s->name, (unsigned long long)r.r_offset);
    if (c->out->syms[c->sym_map[symi]].type == STT_SECTION && t->kind != RK_ABS &&
        t->kind != RK_PCREL)
      return conv_error(c, "(%s+0x%llx): %s against a section: FLE names GOT and TLS targets "
                        "by symbol", s->name, (unsigned long long)r.r_offset, t->name);
    // A relocation names its target, and the reader never resolves a name
    // to a FILE symbol.
    if (c->out->syms[c->sym_map[symi]].type == STT_FILE)
      return conv_error(c, "(%s+0x%llx): relocation against a FILE symbol",
                        s->name, (unsigned long long)r.r_offset);
    if (check_unique_name(c, c->sym_map[symi], count))
      return -1;
    FleReloc fr = {r.r_offset, type, c->sym_map[symi], r.r_addend};
    fle_add_reloc(s, &fr);
    memset(s->data + r.r_offset, 0, t->width); // the line stands for these bytes
  }
  return 0;
}

static int cmp_offset(const void *a, const void *b) {
  const FleReloc *x = a, *y = b;
  return x->offset < y->offset ? -1 : x->offset > y->offset;
}

// An FLE relocation line stands in place of the bytes it patches, so two
// relocations cannot patch the same byte.
static int check_overlaps(Conv *c, FleSection *s) {
  FleReloc *v = fle_xmalloc((s->nrelocs + 1) * sizeof *v);
  memcpy(v, s->relocs, s->nrelocs * sizeof *v);
  qsort(v, s->nrelocs, sizeof *v, cmp_offset);
  int rc = 0;
  for (size_t i = 1; i < s->nrelocs && rc == 0; i++)
    if (v[i].offset - v[i - 1].offset < fle_reloc_by_type(v[i - 1].type)->width)
      rc = conv_error(c, "(%s+0x%llx): relocation overlaps the one at 0x%llx", s->name,
                      (unsigned long long)v[i].offset, (unsigned long long)v[i - 1].offset);
  free(v);
  return rc;
}

static int convert_relocs(Conv *c) {
  FleMap count;
  fle_map_init(&count);
  for (size_t i = 0; i < c->out->nsyms; i++)
    if (c->out->syms[i].type != STT_SECTION && c->out->syms[i].type != STT_FILE)
      (*fle_map_put(&count, c->out->syms[i].name, NULL))++;
  int rc = 0;
  for (Elf_Scn *scn = NULL; rc == 0 && (scn = elf_nextscn(c->elf, scn));) {
    GElf_Shdr sh;
    if (!gelf_getshdr(scn, &sh))
      rc = conv_error(c, "bad section header");
    else if (sh.sh_type == SHT_REL && (sh.sh_flags & SHF_ALLOC))
      rc = conv_error(c, "REL relocations (without addends) are not used on x86-64");
    else if (sh.sh_type == SHT_RELA)
      rc = convert_rela(c, scn, &sh, &count);
  }
  fle_map_free(&count);
  for (size_t i = 0; rc == 0 && i < c->out->nsections; i++)
    if (c->out->sections[i].nrelocs > 1)
      rc = check_overlaps(c, &c->out->sections[i]);
  return rc;
}

FleFile *elf_to_fle(const char *path, const char *name) {
  int fd = open(path, O_RDONLY);
  if (fd < 0) {
    fle_errorf("cannot open %s", path);
    return NULL;
  }
  elf_version(EV_CURRENT);
  struct stat st;
  Conv c = {.path = name, .elf = elf_begin(fd, ELF_C_READ, NULL),
            .filesize = fstat(fd, &st) == 0 ? (uint64_t)st.st_size : 0};
  c.out = fle_new(FLE_OBJ, name);
  int rc = c.elf ? check_header(&c) : conv_error(&c, "not an ELF file");
  if (rc == 0)
    rc = convert_sections(&c);
  if (rc == 0)
    rc = refuse_slim_lto(&c);
  if (rc == 0)
    rc = convert_symbols(&c);
  if (rc == 0)
    rc = convert_relocs(&c);
  free(c.sec_map);
  free(c.sym_map);
  elf_end(c.elf);
  close(fd);
  if (rc) {
    fle_free(c.out);
    return NULL;
  }
  return c.out;
}
