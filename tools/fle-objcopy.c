// fle-objcopy — exports an FLE executable as an ELF executable that the
// kernel runs directly, so readelf, gdb, valgrind and perf can be used on
// an FLE program's twin:
//
//   fle-objcopy [-O elf64-x86-64] PROG OUT
//
// The FLE model is read with libfle and the ELF file is built with
// libelf (gelf), which lays out no byte of the headers by hand here.
// What OUT holds:
//   - one PT_LOAD per FLE segment, with the segment's vaddr, memsz,
//     filesz, permissions and alignment, its bytes at a file offset
//     congruent to vaddr modulo the alignment;
//   - a read-only PT_LOAD holding the ELF header and the program headers
//     (with PT_PHDR), on a free page below the program or above it, so
//     the kernel's AT_PHDR points at mapped memory;
//   - PT_TLS describing the TLS template when the program has one (the
//     values of fle-ld's __tls_* symbols, spec/FLE.md §5.1), and
//     PT_GNU_STACK asking for a non-executable stack, as fle-exec gives;
//   - the FLE section table as section headers (NOBITS for a segment's
//     zero-filled tail and for .tbss), numbered as fle-readfle numbers
//     them, then .symtab, .strtab and .shstrtab;
//   - every FLE symbol, in fle-readfle's order (locals first, as ELF
//     wants), Ndx being the section holding it; a TLS symbol keeps its
//     offset in the template and names .tdata or .tbss.
//
// A position-independent PROG cannot stay movable: the kernel applies no
// relocations to an ELF file without an interpreter.  It is exported at
// the fixed base PIE_BASE, where the kernel puts a PIE when ASLR is off:
// its R_X86_64_RELATIVE relocations (those of its segments and those of
// its debugging information) are applied for that base, every address
// moves by it, and OUT is ET_EXEC.  --base chooses another base:
// fle-exec gives the one it loaded the program at, for gdb (spec/abi.md).
//
// OUT is written with fle_write_file: the whole file or nothing.
#include "inspect.h"

#include <errno.h>
#include <gelf.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define TARGET "elf64-x86-64"
#define PIE_BASE 0x555555554000ULL
#define PAGE 0x1000ULL
// Below this the kernel maps nothing (vm.mmap_min_addr's default).
#define LOWEST_MAP 0x10000ULL

// The TLS template, in the output's addresses.
typedef struct {
  bool present;
  uint64_t start, filesz, memsz, align;
} Tls;

// A growable string table (.strtab, .shstrtab): offset 0 is "".
typedef struct {
  char *p;
  size_t len, cap;
} Strtab;

typedef struct {
  const FleFile *f;
  uint64_t base;        // added to every address: 0, or PIE_BASE for a PIE
  uint8_t **bytes;      // per segment: its file bytes, relocated at base
  size_t *load_order;   // segment indices by ascending vaddr
  uint64_t *seg_off;    // per segment: file offset of its bytes
  uint32_t *sh_type;    // per FLE section: SHT_PROGBITS or SHT_NOBITS
  uint8_t **debug;      // per FLE section without A: its bytes, at base
  Tls tls;
  uint64_t hdr_vaddr;   // where the ELF and program headers are mapped
  size_t nphdr;
  uint64_t file_end;    // end of the segments' bytes in the file
  Strtab shstr, str;
  Elf64_Sym *syms;      // .symtab's bytes, as libelf reads them
  size_t shstrndx;
  int fd;               // the ELF image is built in this memfd
  Elf *elf;
} Ctx;

static void usage(FILE *out) {
  fprintf(out,
          "usage: fle-objcopy [-O " TARGET "] PROG OUT\n"
          " Export the FLE executable PROG as the ELF executable OUT, which the\n"
          " kernel runs directly, with PROG's segments, sections and symbols\n"
          "  -O --output-target=" TARGET "  The output format (the only one; the default)\n"
          "  -h --help                        Display this information\n"
          "  -V --version                     Display this program's version number\n"
          " A position-independent PROG (-pie) is exported at the fixed base\n"
          " 0x%llx (where the kernel puts a PIE when ASLR is off): its\n"
          " R_X86_64_RELATIVE relocations are applied for that base and OUT is\n"
          " an ET_EXEC that does not move.\n"
          "  --base=ADDR                      Export a PIE at base ADDR instead\n",
          PIE_BASE);
}

static _Noreturn void elf_fail(const char *what) {
  fle_fatal("cannot build the ELF file: libelf: %s: %s", what, elf_errmsg(-1));
}

static size_t strtab_add(Strtab *t, const char *s) {
  size_t n = strlen(s) + 1, at = t->len;
  FLE_GROW(t->p, t->cap, t->len + n);
  memcpy(t->p + at, s, n);
  t->len += n;
  return at;
}

static uint64_t align_up(uint64_t v, uint64_t a) { return (v + a - 1) & -a; }

// ------------------------------------------------------------ the input

static FleFile *read_exe(const char *path) {
  FleFile *f = fle_read(path);
  if (!f)
    fle_fatal("%s", fle_error());
  if (f->kind != FLE_EXE)
    fle_fatal("%s: not an FLE executable (it is an %s); link it with fle-ld first", path,
              f->kind == FLE_OBJ ? "object" : "archive");
  if (f->nsegments == 0)
    fle_fatal("%s: the executable has no segments", path);
  // Its ELF twin would need a dynamic section and an interpreter that
  // reads it; fle-exec is the loader that knows these modules.
  if (fle_is_dynamic(f))
    fle_fatal("%s: a %s cannot be exported: fle-objcopy exports static executables only", path,
              f->shared ? "shared library (.so)" : "dynamic executable (it needs libraries)");
  return f;
}

// The value of an absolute (or, for __tls_image, segment) symbol fle-ld
// defines, if it does.
static bool linker_value(const FleFile *f, const char *name, uint64_t *v) {
  int i = fle_find_symbol(f, name);
  if (i < 0 || f->syms[i].section == FLE_UNDEF)
    return false;
  *v = f->syms[i].value;
  return true;
}

// The template from fle-ld's __tls_* symbols; failing them, from the
// .tdata/.tbss entries of the section table.
static void find_tls(Ctx *c) {
  const FleFile *f = c->f;
  Tls *t = &c->tls;
  uint64_t lo = UINT64_MAX, hi = 0, tdata_end = 0;
  for (size_t i = 0; i < f->nsections; i++) {
    const FleSection *s = &f->sections[i];
    if (!(s->flags & SHF_TLS))
      continue;
    lo = s->addr < lo ? s->addr : lo;
    hi = s->addr + s->size > hi ? s->addr + s->size : hi;
    if (!strcmp(s->name, ".tdata"))
      tdata_end = s->addr + s->size;
  }
  if (lo == UINT64_MAX)
    return;
  t->present = true;
  if (!linker_value(f, "__tls_image", &t->start))
    t->start = lo;
  if (!linker_value(f, "__tls_filesz", &t->filesz))
    t->filesz = tdata_end > t->start ? tdata_end - t->start : 0;
  if (!linker_value(f, "__tls_memsz", &t->memsz))
    t->memsz = hi - t->start;
  if (!linker_value(f, "__tls_align", &t->align) || t->align == 0)
    t->align = t->start ? t->start & -t->start : 1; // what .tdata's address allows
  if (t->align > PAGE)
    t->align = PAGE;
}

// Each segment's bytes, with a PIE's load-time relocations applied for
// the fixed base (B + A, 8 bytes, as fle-exec applies them).
static void relocate_segments(Ctx *c) {
  const FleFile *f = c->f;
  c->bytes = fle_xcalloc(f->nsegments, sizeof *c->bytes);
  for (size_t i = 0; i < f->nsegments; i++) {
    const FleSegment *g = &f->segments[i];
    c->bytes[i] = fle_xmalloc(g->filesz ? g->filesz : 1);
    if (g->filesz)
      memcpy(c->bytes[i], g->data, g->filesz);
    for (size_t k = 0; k < g->nrelocs; k++) {
      const FleReloc *r = &g->relocs[k];
      if (r->type != R_X86_64_RELATIVE || r->offset > g->filesz || g->filesz - r->offset < 8)
        fle_fatal("%s: segment %s: bad load-time relocation %s at offset 0x%" PRIx64,
                  f->path, g->name, fle_elf_reloc_name(r->type), r->offset);
      uint64_t v = c->base + (uint64_t)r->addend;
      memcpy(c->bytes[i] + r->offset, &v, 8);
    }
  }
}

// NOBITS for a section in a segment's zero-filled tail (.bss), as
// fle-readfle shows it, and for the TLS sections after the template's
// initialisation image (.tbss, whose addresses overlap the data that
// follows it and may run past the segment: it takes no memory there).
static void classify_sections(Ctx *c) {
  const FleFile *f = c->f;
  c->sh_type = fle_xcalloc(f->nsections + 1, sizeof *c->sh_type);
  for (size_t i = 0; i < f->nsections; i++) {
    const FleSection *s = &f->sections[i];
    bool tbss = (s->flags & SHF_TLS) && s->addr >= c->tls.start + c->tls.filesz;
    bool tail = s->size && inspect_exe_is_zero_fill(f, s->addr);
    c->sh_type[i] = tbss || tail ? SHT_NOBITS : SHT_PROGBITS;
  }
}

static void prepare(Ctx *c, const char *base) {
  const FleFile *f = c->f;
  uint64_t maxalign = PAGE;
  for (size_t i = 0; i < f->nsegments; i++)
    maxalign = f->segments[i].align > maxalign ? f->segments[i].align : maxalign;
  c->base = f->pie ? align_up(PIE_BASE, maxalign) : 0;
  if (base) {
    char *end;
    errno = 0;
    unsigned long long b = strtoull(base, &end, 0);
    if (!f->pie)
      fle_fatal("--base: %s is not position-independent (-pie): its addresses are fixed",
                f->path);
    if (errno || end == base || *end || (b & (maxalign - 1)))
      fle_fatal("--base: '%s' is not an address aligned to 0x%llx", base,
                (unsigned long long)maxalign);
    c->base = b;
  }
  for (size_t i = 0; i < f->nsegments; i++) {
    const FleSegment *g = &f->segments[i];
    if (g->vaddr + c->base + g->memsz < g->vaddr || g->align & (g->align - 1))
      fle_fatal("%s: segment %s: bad address or alignment", f->path, g->name);
  }
  find_tls(c);
  classify_sections(c);
  relocate_segments(c);
  // PT_LOAD entries must come by ascending address.
  c->load_order = fle_xmalloc(f->nsegments * sizeof *c->load_order);
  for (size_t i = 0; i < f->nsegments; i++) {
    size_t k = i;
    for (; k > 0 && f->segments[c->load_order[k - 1]].vaddr > f->segments[i].vaddr; k--)
      c->load_order[k] = c->load_order[k - 1];
    c->load_order[k] = i;
  }
}

// ------------------------------------------------------------- layout

// The page for the headers: just below the lowest segment if the kernel
// can map there, else just above the highest.
static void place_headers(Ctx *c) {
  const FleFile *f = c->f;
  const FleSegment *lo = &f->segments[c->load_order[0]];
  const FleSegment *hi = &f->segments[c->load_order[f->nsegments - 1]];
  uint64_t low = (lo->vaddr + c->base) & -PAGE;
  if (low >= LOWEST_MAP + PAGE)
    c->hdr_vaddr = low - PAGE;
  else
    c->hdr_vaddr = align_up(hi->vaddr + c->base + hi->memsz, PAGE);
  // PHDR, the headers' LOAD, one LOAD per segment, TLS, GNU_STACK.
  c->nphdr = 2 + f->nsegments + c->tls.present + 1;
  if (sizeof(Elf64_Ehdr) + c->nphdr * sizeof(Elf64_Phdr) > PAGE)
    fle_fatal("%s: too many segments (%zu) for one page of headers", f->path, f->nsegments);
}

// File offsets: headers at 0, then each segment at the first offset
// congruent to its vaddr modulo its alignment.
static void place_segments(Ctx *c) {
  const FleFile *f = c->f;
  uint64_t cur = sizeof(Elf64_Ehdr) + c->nphdr * sizeof(Elf64_Phdr);
  c->seg_off = fle_xcalloc(f->nsegments, sizeof *c->seg_off);
  for (size_t k = 0; k < f->nsegments; k++) {
    size_t i = c->load_order[k];
    const FleSegment *g = &f->segments[i];
    uint64_t a = g->align ? g->align : 1;
    c->seg_off[i] = cur + ((g->vaddr + c->base - cur) & (a - 1));
    cur = c->seg_off[i] + g->filesz;
  }
  c->file_end = cur;
}

// ------------------------------------------------------ program headers

static void put_phdr(Ctx *c, size_t *n, uint32_t type, uint32_t flags, uint64_t off,
                     uint64_t vaddr, uint64_t filesz, uint64_t memsz, uint64_t align) {
  GElf_Phdr ph = {.p_type = type, .p_flags = flags, .p_offset = off, .p_vaddr = vaddr,
                  .p_paddr = vaddr, .p_filesz = filesz, .p_memsz = memsz, .p_align = align};
  if (!gelf_update_phdr(c->elf, (int)(*n)++, &ph))
    elf_fail("program header");
}

static void write_phdrs(Ctx *c) {
  const FleFile *f = c->f;
  uint64_t hsize = sizeof(Elf64_Ehdr) + c->nphdr * sizeof(Elf64_Phdr);
  uint64_t psize = c->nphdr * sizeof(Elf64_Phdr);
  bool hdr_first = c->hdr_vaddr < f->segments[c->load_order[0]].vaddr + c->base;
  size_t n = 0;
  if (!gelf_newphdr(c->elf, c->nphdr))
    elf_fail("program headers");
  put_phdr(c, &n, PT_PHDR, PF_R, sizeof(Elf64_Ehdr), c->hdr_vaddr + sizeof(Elf64_Ehdr),
           psize, psize, 8);
  if (hdr_first)
    put_phdr(c, &n, PT_LOAD, PF_R, 0, c->hdr_vaddr, hsize, hsize, PAGE);
  for (size_t k = 0; k < f->nsegments; k++) {
    size_t i = c->load_order[k];
    const FleSegment *g = &f->segments[i];
    put_phdr(c, &n, PT_LOAD, g->flags, c->seg_off[i], g->vaddr + c->base, g->filesz, g->memsz,
             g->align);
  }
  if (!hdr_first)
    put_phdr(c, &n, PT_LOAD, PF_R, 0, c->hdr_vaddr, hsize, hsize, PAGE);
  if (c->tls.present) {
    int g = inspect_exe_segment_at(f, c->tls.start);
    uint64_t off = g < 0 ? 0 : c->seg_off[g] + (c->tls.start - f->segments[g].vaddr);
    put_phdr(c, &n, PT_TLS, PF_R, off, c->tls.start + c->base, c->tls.filesz, c->tls.memsz,
             c->tls.align);
  }
  put_phdr(c, &n, PT_GNU_STACK, PF_R | PF_W, 0, 0, 0, 0, 16);
}

// ------------------------------------------------------------ sections

static Elf_Scn *new_section(Ctx *c, const char *name, const GElf_Shdr *proto, void *buf,
                            size_t size, Elf_Type type) {
  Elf_Scn *scn = elf_newscn(c->elf);
  Elf_Data *d = scn ? elf_newdata(scn) : NULL;
  GElf_Shdr sh;
  if (!d || !gelf_getshdr(scn, &sh))
    elf_fail(name);
  *d = (Elf_Data){.d_buf = buf, .d_type = type, .d_size = size, .d_version = EV_CURRENT,
                  .d_align = proto->sh_addralign ? proto->sh_addralign : 1};
  sh = *proto;
  sh.sh_name = strtab_add(&c->shstr, name);
  sh.sh_size = size;
  if (!gelf_update_shdr(scn, &sh))
    elf_fail(name);
  return scn;
}

// An FLE section: a window on its segment's bytes (none for NOBITS).
static void add_fle_section(Ctx *c, size_t i) {
  const FleFile *f = c->f;
  const FleSection *s = &f->sections[i];
  int g = inspect_exe_segment_at(f, s->addr);
  bool tbss = (s->flags & SHF_TLS) && c->sh_type[i] == SHT_NOBITS;
  if (g < 0 || (!tbss && s->size > f->segments[g].vaddr + f->segments[g].memsz - s->addr))
    fle_fatal("%s: section %s at 0x%" PRIx64 " lies outside every segment", f->path, s->name,
              s->addr);
  uint64_t at = s->addr - f->segments[g].vaddr;
  bool nobits = c->sh_type[i] == SHT_NOBITS;
  if (!nobits && (at > f->segments[g].filesz || s->size > f->segments[g].filesz - at))
    fle_fatal("%s: section %s runs past the file bytes of segment %s", f->path, s->name,
              f->segments[g].name);
  GElf_Shdr sh = {.sh_type = c->sh_type[i], .sh_flags = s->flags, .sh_addr = s->addr + c->base,
                  .sh_offset = c->seg_off[g] + at, .sh_addralign = s->align ? s->align : 1};
  new_section(c, s->name, &sh, nobits ? NULL : c->bytes[g] + at, s->size, ELF_T_BYTE);
}

// ELF's Ndx for an FLE symbol: the section holding its address, or for
// a TLS symbol (absolute in FLE: its offset in the template) the TLS
// section holding template start + offset.
static uint16_t symbol_shndx(const Ctx *c, const FleSymbol *s) {
  const FleFile *f = c->f;
  if (s->section == FLE_UNDEF)
    return SHN_UNDEF;
  if (s->section == FLE_COMMON)
    return SHN_COMMON;
  int k = -1;
  if (s->section >= 0)
    k = inspect_exe_section_at(f, s->value);
  else if (s->type == STT_TLS && c->tls.present)
    for (size_t i = 0; i < f->nsections; i++) {
      const FleSection *t = &f->sections[i];
      uint64_t a = c->tls.start + s->value;
      if ((t->flags & SHF_TLS) && a >= t->addr && a - t->addr <= t->size)
        k = (int)i; // the last one: .tbss, when a symbol ends .tdata exactly
    }
  return k < 0 ? SHN_ABS : (uint16_t)(k + 1);
}

static void add_symtab(Ctx *c, size_t strtab_ndx, uint64_t *off) {
  const FleFile *f = c->f;
  size_t n = f->nsyms + 1, first_global = n;
  size_t *order = inspect_symbol_order(f, NULL);
  c->syms = fle_xcalloc(n, sizeof(Elf64_Sym));
  Elf_Scn *scn = elf_newscn(c->elf);
  Elf_Data *d = scn ? elf_newdata(scn) : NULL;
  if (!d)
    elf_fail(".symtab");
  *d = (Elf_Data){.d_buf = c->syms, .d_type = ELF_T_SYM, .d_version = EV_CURRENT, .d_align = 8,
                  .d_size = gelf_fsize(c->elf, ELF_T_SYM, n, EV_CURRENT)};
  for (size_t k = 0; k < f->nsyms; k++) {
    const FleSymbol *s = &f->syms[order[k]];
    GElf_Sym e = {.st_name = strtab_add(&c->str, s->name),
                  .st_info = GELF_ST_INFO(s->bind, s->type), .st_other = s->vis,
                  .st_shndx = symbol_shndx(c, s), .st_size = s->size, .st_value = s->value};
    if (s->section >= 0)
      e.st_value += c->base;
    if (s->bind != STB_LOCAL && first_global == n)
      first_global = k + 1;
    if (!gelf_update_sym(d, (int)k + 1, &e))
      elf_fail(".symtab");
  }
  GElf_Shdr sh;
  if (!gelf_getshdr(scn, &sh))
    elf_fail(".symtab");
  *off = align_up(*off, 8);
  sh = (GElf_Shdr){.sh_name = strtab_add(&c->shstr, ".symtab"), .sh_type = SHT_SYMTAB,
                   .sh_offset = *off, .sh_size = d->d_size, .sh_link = strtab_ndx,
                   .sh_info = first_global, .sh_addralign = 8,
                   .sh_entsize = gelf_fsize(c->elf, ELF_T_SYM, 1, EV_CURRENT)};
  if (!gelf_update_shdr(scn, &sh))
    elf_fail(".symtab");
  *off += d->d_size;
  free(order);
}

// A debugging section (no A flag): its own bytes, after the segments'.
// In a PIE, the addresses in it are R_X86_64_RELATIVE lines: B + A.
static void add_debug_section(Ctx *c, size_t i, uint64_t *off) {
  const FleSection *s = &c->f->sections[i];
  GElf_Shdr sh = {.sh_type = SHT_PROGBITS, .sh_flags = s->flags, .sh_offset = *off,
                  .sh_addralign = s->align ? s->align : 1, .sh_entsize = s->entsize};
  uint8_t *bytes = c->debug[i] = fle_xmalloc(s->size ? s->size : 1);
  memcpy(bytes, s->data, s->size);
  for (size_t k = 0; k < s->nrelocs; k++) {
    const FleReloc *r = &s->relocs[k];
    uint64_t v = c->base + (uint64_t)r->addend;
    memcpy(bytes + r->offset, &v, 8); // the reader checked it fits
  }
  new_section(c, s->name, &sh, bytes, s->size, ELF_T_BYTE);
  *off += s->size;
}

// The sections after the segments' bytes: debugging information,
// .symtab, .strtab, .shstrtab; then the section header table.
static void write_sections(Ctx *c) {
  const FleFile *f = c->f;
  if (f->nsections + 4 >= SHN_LORESERVE)
    fle_fatal("%s: too many sections (%zu)", f->path, f->nsections);
  strtab_add(&c->shstr, "");
  strtab_add(&c->str, "");
  uint64_t off = c->file_end;
  size_t nsec = 0;
  c->debug = fle_xcalloc(f->nsections + 1, sizeof *c->debug);
  for (size_t i = 0; i < f->nsections; i++) {
    if (f->sections[i].flags & SHF_ALLOC)
      add_fle_section(c, i), nsec++;
    else
      add_debug_section(c, i, &off), nsec++;
  }
  size_t symtab = nsec + 1;
  add_symtab(c, symtab + 1, &off);
  GElf_Shdr sh = {.sh_type = SHT_STRTAB, .sh_offset = off, .sh_addralign = 1};
  new_section(c, ".strtab", &sh, c->str.p, c->str.len, ELF_T_BYTE);
  off += c->str.len;
  // .shstrtab names itself: its bytes are known once its name is in.
  Elf_Scn *scn = new_section(c, ".shstrtab", &(GElf_Shdr){.sh_type = SHT_STRTAB,
                                                          .sh_offset = off, .sh_addralign = 1},
                             NULL, 0, ELF_T_BYTE);
  Elf_Data *d = elf_getdata(scn, NULL);
  d->d_buf = c->shstr.p, d->d_size = c->shstr.len;
  if (!gelf_getshdr(scn, &sh))
    elf_fail(".shstrtab");
  sh.sh_size = c->shstr.len;
  if (!gelf_update_shdr(scn, &sh))
    elf_fail(".shstrtab");
  c->shstrndx = elf_ndxscn(scn);
  c->file_end = off + c->shstr.len;
}

// ------------------------------------------------------------- output

static void write_ehdr(Ctx *c) {
  GElf_Ehdr eh;
  if (!gelf_newehdr(c->elf, ELFCLASS64) || !gelf_getehdr(c->elf, &eh))
    elf_fail("ELF header");
  eh.e_ident[EI_DATA] = ELFDATA2LSB;
  eh.e_ident[EI_OSABI] = ELFOSABI_NONE;
  eh.e_type = ET_EXEC;
  eh.e_machine = EM_X86_64;
  eh.e_version = EV_CURRENT;
  eh.e_entry = c->f->entry + c->base;
  eh.e_phoff = sizeof(Elf64_Ehdr);
  if (!gelf_update_ehdr(c->elf, &eh))
    elf_fail("ELF header");
}

// Builds the ELF file in a memfd with libelf and returns its bytes
// (mapped privately; *size set).
static uint8_t *build_elf(Ctx *c, size_t *size) {
  c->fd = memfd_create("fle-objcopy", MFD_CLOEXEC);
  if (c->fd < 0)
    fle_fatal("cannot build the ELF file: memfd_create: %s", strerror(errno));
  if (elf_version(EV_CURRENT) == EV_NONE || !(c->elf = elf_begin(c->fd, ELF_C_WRITE, NULL)))
    elf_fail("start");
  // The offsets are ours: segments must sit congruent to their addresses.
  elf_flagelf(c->elf, ELF_C_SET, ELF_F_LAYOUT);
  write_ehdr(c);
  write_phdrs(c);
  write_sections(c);
  // The section header table comes last; .shstrtab's index is known now.
  GElf_Ehdr eh;
  if (!gelf_getehdr(c->elf, &eh))
    elf_fail("ELF header");
  eh.e_shoff = align_up(c->file_end, 8);
  eh.e_shstrndx = c->shstrndx;
  if (!gelf_update_ehdr(c->elf, &eh))
    elf_fail("ELF header");
  off_t n = elf_update(c->elf, ELF_C_WRITE);
  if (n < 0)
    elf_fail("write");
  elf_end(c->elf);
  uint8_t *p = mmap(NULL, (size_t)n, PROT_READ | PROT_WRITE, MAP_PRIVATE, c->fd, 0);
  if (p == MAP_FAILED)
    fle_fatal("cannot build the ELF file: mmap: %s", strerror(errno));
  close(c->fd);
  *size = (size_t)n;
  return p;
}

// libelf wrote the sections' bytes; the padding between sections in a
// segment is part of the segment too, so every segment's file bytes are
// copied whole.
static void fill_segments(Ctx *c, uint8_t *image, size_t size) {
  for (size_t i = 0; i < c->f->nsegments; i++) {
    const FleSegment *g = &c->f->segments[i];
    if (c->seg_off[i] + g->filesz > size)
      fle_fatal("cannot build the ELF file: segment %s lies past its end", g->name);
    memcpy(image + c->seg_off[i], c->bytes[i], g->filesz);
  }
}

static void ctx_free(Ctx *c) {
  for (size_t i = 0; c->bytes && i < c->f->nsegments; i++)
    free(c->bytes[i]);
  for (size_t i = 0; c->debug && i < c->f->nsections; i++)
    free(c->debug[i]);
  free(c->debug), free(c->bytes), free(c->load_order), free(c->seg_off), free(c->sh_type);
  free(c->shstr.p), free(c->str.p), free(c->syms);
}

// --------------------------------------------------------------- main

static void parse_args(int argc, char **argv, const char **in, const char **out,
                       const char **base) {
  static const struct option longs[] = {
      {"output-target", required_argument, 0, 'O'},
      {"base", required_argument, 0, 'B'},
      {"help", no_argument, 0, 'h'},
      {"version", no_argument, 0, 'V'},
      {0, 0, 0, 0},
  };
  const char *target = TARGET;
  opterr = 0; // our own words for a bad option, lld's way
  for (int ch; (ch = getopt_long(argc, argv, ":O:hV", longs, NULL)) != -1;) {
    switch (ch) {
    case 'O': target = optarg; break;
    case 'B': *base = optarg; break;
    case 'h': usage(stdout); exit(0);
    case 'V': printf("fle-objcopy (FLE toolchain) FLE version %d\n", FLE_VERSION); exit(0);
    case ':': fle_fatal("option '%s' needs an argument", argv[optind - 1]);
    default:
      if (optopt)
        fle_fatal("unknown option '-%c' (--help lists them)", optopt);
      fle_fatal("unknown option '%s' (--help lists them)", argv[optind - 1]);
    }
  }
  if (strcmp(target, TARGET))
    fle_fatal("unknown output target '%s' (the only one is " TARGET ")", target);
  if (argc - optind < 2)
    fle_fatal(argc == optind ? "no input file" : "no output file");
  if (argc - optind > 2)
    fle_fatal("too many files: '%s' (one input and one output)", argv[optind + 2]);
  *in = argv[optind];
  *out = argv[optind + 1];
}

int main(int argc, char **argv) {
  fle_tool = "fle-objcopy";
  const char *in, *out, *base = NULL;
  parse_args(argc, argv, &in, &out, &base);
  fle_check_not_output(in, out);
  FleFile *f = read_exe(in);
  Ctx c = {.f = f, .fd = -1};
  prepare(&c, base);
  place_headers(&c);
  place_segments(&c);
  size_t size;
  uint8_t *image = build_elf(&c, &size);
  fill_segments(&c, image, size);
  if (fle_write_file(out, (const char *)image, size, true) < 0)
    fle_fatal("%s", fle_error());
  munmap(image, size);
  ctx_free(&c);
  fle_free(f);
  return 0;
}
