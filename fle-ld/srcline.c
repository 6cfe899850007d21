// srcline.c — the source line of a place in an input object, for errors:
// "d2.c:3 (/home/ann/d2.c:3)", as lld prints it, read from the object's
// DWARF (fle-cc -g) with elfutils' libdw.
//
// An FLE object keeps its .debug_* sections with their relocations still
// to apply (spec/FLE.md §5.2), and libdw reads DWARF from an ELF image.
// So, for the one object an error is about, we build such an image in
// memory: its debug sections, relocated as a link would relocate them,
// except that every allocated input section sits at a synthetic address
// of its own (apart from the others), so one address names one (section,
// offset) pair.  Then libdw finds the compilation unit whose ranges hold
// that address and the row of its line table for it.  A variable has no
// line row: a duplicate one is found by its DIE (DW_AT_decl_file and
// DW_AT_decl_line), as lld does.
//
// All this is done only on the error path, once per object (the image is
// kept in the InputFile), and only for objects that have .debug_line: a
// successful link never pays for it.
#include "ld.h"

#include <dwarf.h>
#include <elfutils/libdw.h>
#include <gelf.h>
#include <libelf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

struct SourceLines {
  int fd;              // the memfd holding the ELF image libdw reads
  Dwarf *dwarf;        // NULL when the object's DWARF cannot be read
  uint64_t *base;      // per input section: its synthetic address
};

// Allocated sections one after the other from 0x1000, each aligned and
// followed by a gap, so that the end of one is never the start of the
// next (a line table's end of sequence lies one past a function).
static uint64_t *synthetic_addresses(const FleFile *o) {
  uint64_t *base = fle_xcalloc(o->nsections + 1, sizeof *base);
  uint64_t next = 0x1000;
  for (size_t k = 0; k < o->nsections; k++) {
    const FleSection *s = &o->sections[k];
    if (!(s->flags & SHF_ALLOC))
      continue;
    base[k] = align_up(next, s->align > 16 ? s->align : 16);
    next = base[k] + s->size + 16;
  }
  return base;
}

static void write_le(uint8_t *p, uint64_t v, unsigned width) {
  for (unsigned i = 0; i < width; i++)
    p[i] = (uint8_t)(v >> (8 * i));
}

// A copy of debug section k with its relocations applied: S + A, where S
// is a symbol's synthetic address (offset 0 of a debug section is its
// address 0), and dtpoff as the offset in its TLS section.
static uint8_t *relocated_copy(const FleFile *o, int k, const uint64_t *base) {
  const FleSection *s = &o->sections[k];
  uint8_t *d = fle_xmalloc(s->size ? s->size : 1);
  memcpy(d, s->data, s->size);
  for (size_t r = 0; r < s->nrelocs; r++) {
    const FleReloc *rel = &s->relocs[r];
    const FleRelocType *t = fle_reloc_by_type(rel->type);
    if (!t || (t->kind != RK_ABS && t->kind != RK_DTPOFF) || rel->sym < 0 ||
        (size_t)rel->sym >= o->nsyms || rel->offset > s->size ||
        s->size - rel->offset < t->width)
      continue;
    const FleSymbol *sym = &o->syms[rel->sym];
    uint64_t S = sym->section >= 0 ? sym->value : 0;
    if (sym->section >= 0 && t->kind == RK_ABS)
      S += base[sym->section];
    write_le(d + rel->offset, S + (uint64_t)rel->addend, t->width);
  }
  return d;
}

static bool is_debug(const FleSection *s) {
  return !(s->flags & SHF_ALLOC) && s->data && strncmp(s->name, ".debug_", 7) == 0;
}

// The section name table: "\0" then each debug section's name.
static char *shstrtab(const FleFile *o, size_t *len, size_t *nameoff) {
  size_t n = 1;
  for (size_t k = 0; k < o->nsections; k++)
    if (is_debug(&o->sections[k]))
      n += strlen(o->sections[k].name) + 1;
  n += sizeof ".shstrtab";
  char *t = fle_xcalloc(n, 1);
  size_t at = 1;
  for (size_t k = 0; k < o->nsections; k++)
    if (is_debug(&o->sections[k])) {
      nameoff[k] = at;
      strcpy(t + at, o->sections[k].name);
      at += strlen(o->sections[k].name) + 1;
    }
  nameoff[o->nsections] = at;
  strcpy(t + at, ".shstrtab");
  *len = n;
  return t;
}

static void add_section(Elf *e, size_t name, void *data, size_t size,
                        uint32_t type) {
  Elf_Scn *scn = elf_newscn(e);
  Elf_Data *d = elf_newdata(scn);
  d->d_buf = data;
  d->d_size = size;
  d->d_type = ELF_T_BYTE;
  d->d_align = 1;
  GElf_Shdr sh;
  gelf_getshdr(scn, &sh);
  sh.sh_name = (uint32_t)name;
  sh.sh_type = type;
  sh.sh_addralign = 1;
  gelf_update_shdr(scn, &sh);
}

// An ELF64 x86-64 executable's header, written by libelf to fd.
static Elf *start_image(int fd) {
  Elf *e = elf_begin(fd, ELF_C_WRITE, NULL);
  GElf_Ehdr eh;
  if (!e || !gelf_newehdr(e, ELFCLASS64) || !gelf_getehdr(e, &eh)) {
    elf_end(e);
    return NULL;
  }
  eh.e_ident[EI_DATA] = ELFDATA2LSB;
  eh.e_type = ET_EXEC;
  eh.e_machine = EM_X86_64;
  eh.e_version = EV_CURRENT;
  gelf_update_ehdr(e, &eh);
  return e;
}

// Names the last section as the name table and writes the file.
static bool finish_image(Elf *e) {
  GElf_Ehdr eh;
  size_t nscn = 0;
  if (!gelf_getehdr(e, &eh) || elf_getshdrnum(e, &nscn) != 0 || nscn < 2 ||
      nscn >= SHN_LORESERVE)
    return false;
  eh.e_shstrndx = (uint16_t)(nscn - 1);
  return gelf_update_ehdr(e, &eh) && elf_update(e, ELF_C_WRITE) >= 0;
}

// Writes the image (an ELF header, the relocated debug sections, their
// names) to fd; returns whether libelf could.
static bool write_image(const FleFile *o, const uint64_t *base, int fd) {
  Elf *e = start_image(fd);
  if (!e)
    return false;
  size_t *nameoff = fle_xcalloc(o->nsections + 1, sizeof *nameoff), tlen;
  char *names = shstrtab(o, &tlen, nameoff);
  uint8_t **copies = fle_xcalloc(o->nsections + 1, sizeof *copies);
  for (size_t k = 0; k < o->nsections; k++)
    if (is_debug(&o->sections[k])) {
      copies[k] = relocated_copy(o, (int)k, base);
      add_section(e, nameoff[k], copies[k], o->sections[k].size, SHT_PROGBITS);
    }
  add_section(e, nameoff[o->nsections], names, tlen, SHT_STRTAB);
  bool ok = finish_image(e); // libelf reads the buffers until here
  elf_end(e);
  for (size_t k = 0; k < o->nsections; k++)
    free(copies[k]);
  free(copies);
  free(names);
  free(nameoff);
  return ok;
}

static SourceLines *open_lines(const FleFile *o) {
  SourceLines *sl = fle_xcalloc(1, sizeof *sl);
  sl->fd = -1;
  if (fle_find_section(o, ".debug_line") < 0 ||
      fle_find_section(o, ".debug_info") < 0 || elf_version(EV_CURRENT) == EV_NONE)
    return sl;
  sl->base = synthetic_addresses(o);
  sl->fd = memfd_create("fle-ld-dwarf", MFD_CLOEXEC);
  if (sl->fd >= 0 && write_image(o, sl->base, sl->fd))
    sl->dwarf = dwarf_begin(sl->fd, DWARF_C_READ);
  return sl;
}

// "d2.c:3 (/home/ann/d2.c:3)": lld's form, the full path only when it
// says more than the file name.
static void format_line(char *buf, size_t len, const char *path, int line) {
  const char *slash = strrchr(path, '/');
  const char *file = slash ? slash + 1 : path;
  if (file == path)
    snprintf(buf, len, "%s:%d", file, line);
  else
    snprintf(buf, len, "%s:%d (%s:%d)", file, line, path, line);
}

// The line-table row for addr, in the unit whose ranges hold it.
static bool line_at(Dwarf *dw, uint64_t addr, char *buf, size_t len) {
  Dwarf_CU *cu = NULL;
  Dwarf_Die cudie, subdie;
  uint8_t unit_type;
  Dwarf_Half version;
  while (dwarf_get_units(dw, cu, &cu, &version, &unit_type, &cudie, &subdie) == 0) {
    if (dwarf_haspc(&cudie, addr) <= 0)
      continue;
    Dwarf_Line *l = dwarf_getsrc_die(&cudie, addr);
    int line;
    const char *path = l ? dwarf_linesrc(l, NULL, NULL) : NULL;
    if (!path || dwarf_lineno(l, &line) != 0 || line <= 0)
      return false;
    format_line(buf, len, path, line);
    return true;
  }
  return false;
}

// Where the top-level variable `name` is defined (not only declared).
static bool variable_at(Dwarf *dw, const char *name, char *buf, size_t len) {
  Dwarf_CU *cu = NULL;
  Dwarf_Die cudie, subdie, die;
  uint8_t unit_type;
  Dwarf_Half version;
  while (dwarf_get_units(dw, cu, &cu, &version, &unit_type, &cudie, &subdie) == 0) {
    if (dwarf_child(&cudie, &die) != 0)
      continue;
    do {
      const char *n = dwarf_diename(&die);
      int line;
      const char *path;
      if (dwarf_tag(&die) != DW_TAG_variable || !n || strcmp(n, name) != 0 ||
          dwarf_hasattr(&die, DW_AT_declaration) ||
          !(path = dwarf_decl_file(&die)) || dwarf_decl_line(&die, &line) != 0)
        continue;
      format_line(buf, len, path, line);
      return true;
    } while (dwarf_siblingof(&die, &die) == 0);
  }
  return false;
}

bool source_line(InputFile *f, int sec, uint64_t off, const char *var,
                 char *buf, size_t len) {
  if (!f->lines)
    f->lines = open_lines(f->obj);
  Dwarf *dw = f->lines->dwarf;
  if (!dw || sec < 0 || (size_t)sec >= f->obj->nsections)
    return false;
  if ((f->obj->sections[sec].flags & SHF_EXECINSTR) &&
      line_at(dw, f->lines->base[sec] + off, buf, len))
    return true;
  return var && variable_at(dw, var, buf, len);
}
