// names.c — the words FLE and readelf use for ELF constants, so that
// fle-readfle's columns read like readelf's.
#include "fle.h"

#include <stdio.h>
#include <string.h>

const char *fle_bind_name(uint8_t b) {
  switch (b) {
  case STB_LOCAL: return "LOCAL";
  case STB_GLOBAL: return "GLOBAL";
  case STB_WEAK: return "WEAK";
  }
  return "?";
}

const char *fle_type_name(uint8_t t) {
  switch (t) {
  case STT_NOTYPE: return "NOTYPE";
  case STT_OBJECT: return "OBJECT";
  case STT_FUNC: return "FUNC";
  case STT_SECTION: return "SECTION";
  case STT_FILE: return "FILE";
  case STT_TLS: return "TLS";
  case STT_COMMON: return "COMMON";
  case STT_GNU_IFUNC: return "IFUNC";
  }
  return "?";
}

const char *fle_vis_name(uint8_t v) {
  switch (v) {
  case STV_DEFAULT: return "DEFAULT";
  case STV_INTERNAL: return "INTERNAL";
  case STV_HIDDEN: return "HIDDEN";
  case STV_PROTECTED: return "PROTECTED";
  }
  return "?";
}

const char *fle_shtype_name(uint32_t t) {
  switch (t) {
  case SHT_PROGBITS: return "PROGBITS";
  case SHT_NOBITS: return "NOBITS";
  case SHT_NOTE: return "NOTE";
  case SHT_INIT_ARRAY: return "INIT_ARRAY";
  case SHT_FINI_ARRAY: return "FINI_ARRAY";
  case SHT_PREINIT_ARRAY: return "PREINIT_ARRAY";
  case SHT_X86_64_UNWIND: return "X86_64_UNWIND";
  }
  return NULL;
}

// readelf prints flags in this letter order.
static const struct { uint64_t bit; char c; } shflags[] = {
    {SHF_WRITE, 'W'}, {SHF_ALLOC, 'A'}, {SHF_EXECINSTR, 'X'},
    {SHF_MERGE, 'M'}, {SHF_STRINGS, 'S'}, {SHF_INFO_LINK, 'I'},
    {SHF_LINK_ORDER, 'L'}, {SHF_OS_NONCONFORMING, 'O'}, {SHF_GROUP, 'G'},
    {SHF_TLS, 'T'}, {SHF_EXCLUDE, 'E'}, {SHF_COMPRESSED, 'C'},
};

void fle_shflags_str(uint64_t flags, char out[16]) {
  char *p = out;
  for (size_t i = 0; i < sizeof shflags / sizeof *shflags; i++)
    if (flags & shflags[i].bit)
      *p++ = shflags[i].c;
  *p = '\0';
}

// Inverse of fle_shflags_str; -1 on an unknown letter.
int fle_shflags_parse(const char *s, uint64_t *flags) {
  *flags = 0;
  for (; *s; s++) {
    size_t i = 0;
    while (i < sizeof shflags / sizeof *shflags && shflags[i].c != *s)
      i++;
    if (i == sizeof shflags / sizeof *shflags)
      return -1;
    *flags |= shflags[i].bit;
  }
  return 0;
}

void fle_pflags_str(uint32_t f, char out[4]) {
  out[0] = (f & PF_R) ? 'r' : '-';
  out[1] = (f & PF_W) ? 'w' : '-';
  out[2] = (f & PF_X) ? 'x' : '-';
  out[3] = '\0';
}

static const char *const reloc_names[] = {
    "R_X86_64_NONE", "R_X86_64_64", "R_X86_64_PC32", "R_X86_64_GOT32",
    "R_X86_64_PLT32", "R_X86_64_COPY", "R_X86_64_GLOB_DAT",
    "R_X86_64_JUMP_SLOT", "R_X86_64_RELATIVE", "R_X86_64_GOTPCREL",
    "R_X86_64_32", "R_X86_64_32S", "R_X86_64_16", "R_X86_64_PC16",
    "R_X86_64_8", "R_X86_64_PC8", "R_X86_64_DTPMOD64", "R_X86_64_DTPOFF64",
    "R_X86_64_TPOFF64", "R_X86_64_TLSGD", "R_X86_64_TLSLD",
    "R_X86_64_DTPOFF32", "R_X86_64_GOTTPOFF", "R_X86_64_TPOFF32",
    "R_X86_64_PC64", "R_X86_64_GOTOFF64", "R_X86_64_GOTPC32",
    "R_X86_64_GOT64", "R_X86_64_GOTPCREL64", "R_X86_64_GOTPC64",
    "R_X86_64_GOTPLT64", "R_X86_64_PLTOFF64", "R_X86_64_SIZE32",
    "R_X86_64_SIZE64", "R_X86_64_GOTPC32_TLSDESC", "R_X86_64_TLSDESC_CALL",
    "R_X86_64_TLSDESC", "R_X86_64_IRELATIVE", "R_X86_64_RELATIVE64",
    NULL, NULL, "R_X86_64_GOTPCRELX", "R_X86_64_REX_GOTPCRELX",
};

const char *fle_elf_reloc_name(uint32_t type) {
  static char buf[32];
  if (type < sizeof reloc_names / sizeof *reloc_names && reloc_names[type])
    return reloc_names[type];
  snprintf(buf, sizeof buf, "R_X86_64_%u", type);
  return buf;
}
