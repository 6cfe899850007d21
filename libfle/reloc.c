// reloc.c — the x86-64 relocation types FLE carries: width of the patched
// field, which formula the psABI gives (S + A, S + A - P, ...), and which
// range the result must fit.  fle-as accepts exactly these, the reader
// checks formulas against them, and fle-ld applies them.
#include "fle.h"

#include <string.h>

// Each type: its name after "R_X86_64_", the field's width, the formula
// and the range the result must fit.
#define RELOC_TYPES(X) \
    X(64, 8, RK_ABS, 0) \
    X(32, 4, RK_ABS, 'u') \
    X(32S, 4, RK_ABS, 's') \
    X(16, 2, RK_ABS, 'u') \
    X(8, 1, RK_ABS, 'u') \
    X(PC64, 8, RK_PCREL, 0) \
    X(PC32, 4, RK_PCREL, 's') \
    X(PLT32, 4, RK_PCREL, 's') \
    X(PC16, 2, RK_PCREL, 's') \
    X(PC8, 1, RK_PCREL, 's') \
    X(GOTPCREL, 4, RK_GOTPCREL, 's') \
    X(GOTPCRELX, 4, RK_GOTPCREL, 's') \
    X(REX_GOTPCRELX, 4, RK_GOTPCREL, 's') \
    X(TPOFF32, 4, RK_TPOFF, 's') \
    X(GOTTPOFF, 4, RK_GOTTPOFF, 's') \
    X(TPOFF64, 8, RK_TPOFF, 0) \
    X(TLSGD, 4, RK_TLSGD, 's') \
    X(TLSLD, 4, RK_TLSLD, 's') \
    X(DTPOFF32, 4, RK_DTPOFF, 's') \
    X(DTPOFF64, 8, RK_DTPOFF, 0) \
    X(RELATIVE, 8, RK_RELATIVE, 0) \
    X(GOTPC32, 4, RK_PCREL, 's') \
    X(GOTPC64, 8, RK_PCREL, 0) \
    X(GOTOFF64, 8, RK_GOTOFF, 0) \
    X(GOTPC32_TLSDESC, 4, RK_TLSDESC, 's') \
    X(TLSDESC_CALL, 0, RK_TLSCALL, 0) \
    X(GLOB_DAT, 8, RK_SYM, 0) \
    X(JUMP_SLOT, 8, RK_SYM, 0) \
    X(COPY, 0, RK_COPY, 0)

#define TYPE(n, width, kind, range) {R_X86_64_##n, "R_X86_64_" #n, width, kind, range},
static const FleRelocType types[] = {RELOC_TYPES(TYPE)};
#undef TYPE

// The length of each name, for lookups by name.
#define LEN(n, width, kind, range) sizeof("R_X86_64_" #n) - 1,
static const unsigned char name_len[] = {RELOC_TYPES(LEN)};
#undef LEN

const FleRelocType *fle_reloc_by_type(uint32_t type) {
  for (size_t i = 0; i < sizeof types / sizeof *types; i++)
    if (types[i].type == type)
      return &types[i];
  return NULL;
}

// name[0, len) may hold any byte (a NUL too): only names of its length
// are compared, with memcmp over exactly len bytes.  This runs for every
// relocation line of every file.
const FleRelocType *fle_reloc_by_name(const char *name, size_t len) {
  for (size_t i = 0; i < sizeof types / sizeof *types; i++)
    if (name_len[i] == len && memcmp(types[i].name, name, len) == 0)
      return &types[i];
  return NULL;
}
