// reloc.c — the x86-64 relocation types FLE carries: width of the patched
// field, which formula the psABI gives (S + A, S + A - P, ...), and which
// range the result must fit.  fle-as accepts exactly these, the reader
// checks formulas against them, and fle-ld applies them.
#include "fle.h"

#include <string.h>


static const FleRelocType types[] = {
    {R_X86_64_64, "R_X86_64_64", 8, RK_ABS, 0},
    {R_X86_64_32, "R_X86_64_32", 4, RK_ABS, 'u'},
    {R_X86_64_32S, "R_X86_64_32S", 4, RK_ABS, 's'},
    {R_X86_64_16, "R_X86_64_16", 2, RK_ABS, 'u'},
    {R_X86_64_8, "R_X86_64_8", 1, RK_ABS, 'u'},
    {R_X86_64_PC64, "R_X86_64_PC64", 8, RK_PCREL, 0},
    {R_X86_64_PC32, "R_X86_64_PC32", 4, RK_PCREL, 's'},
    {R_X86_64_PLT32, "R_X86_64_PLT32", 4, RK_PCREL, 's'},
    {R_X86_64_PC16, "R_X86_64_PC16", 2, RK_PCREL, 's'},
    {R_X86_64_PC8, "R_X86_64_PC8", 1, RK_PCREL, 's'},
    {R_X86_64_GOTPCREL, "R_X86_64_GOTPCREL", 4, RK_GOTPCREL, 's'},
    {R_X86_64_GOTPCRELX, "R_X86_64_GOTPCRELX", 4, RK_GOTPCREL, 's'},
    {R_X86_64_REX_GOTPCRELX, "R_X86_64_REX_GOTPCRELX", 4, RK_GOTPCREL, 's'},
    {R_X86_64_TPOFF32, "R_X86_64_TPOFF32", 4, RK_TPOFF, 's'},
    {R_X86_64_GOTTPOFF, "R_X86_64_GOTTPOFF", 4, RK_GOTTPOFF, 's'},
    {R_X86_64_TPOFF64, "R_X86_64_TPOFF64", 8, RK_TPOFF, 0},
    {R_X86_64_TLSGD, "R_X86_64_TLSGD", 4, RK_TLSGD, 's'},
    {R_X86_64_TLSLD, "R_X86_64_TLSLD", 4, RK_TLSLD, 's'},
    {R_X86_64_DTPOFF32, "R_X86_64_DTPOFF32", 4, RK_DTPOFF, 's'},
    {R_X86_64_DTPOFF64, "R_X86_64_DTPOFF64", 8, RK_DTPOFF, 0},
    {R_X86_64_RELATIVE, "R_X86_64_RELATIVE", 8, RK_RELATIVE, 0},
};

const FleRelocType *fle_reloc_by_type(uint32_t type) {
  for (size_t i = 0; i < sizeof types / sizeof *types; i++)
    if (types[i].type == type)
      return &types[i];
  return NULL;
}

// name[0, len) may hold any byte (a NUL too): compared byte by byte,
// never read past either end.  Every name starts "R_X86_64_", checked
// once: this runs for every relocation line of every file.
const FleRelocType *fle_reloc_by_name(const char *name, size_t len) {
  static const char prefix[] = "R_X86_64_";
  const size_t np = sizeof prefix - 1;
  if (len <= np || memcmp(name, prefix, np) != 0)
    return NULL;
  name += np, len -= np;
  for (size_t i = 0; i < sizeof types / sizeof *types; i++) {
    const char *t = types[i].name + np;
    size_t k = 0;
    while (k < len && t[k] && t[k] == name[k])
      k++;
    if (k == len && t[len] == '\0')
      return &types[i];
  }
  return NULL;
}
