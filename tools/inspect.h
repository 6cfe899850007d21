// inspect.h — what the inspection tools (fle-readfle, fle-nm, fle-objdump)
// and fle-objcopy share: reading an input with the tool's error message,
// the order in which symbols are listed, and where an executable's
// address falls in its section table.  Implemented in inspect.c.
#ifndef FLE_INSPECT_H
#define FLE_INSPECT_H
#include "fle.h"

#include <stdio.h>

// fle_read_input (FLE, or a GNU ar archive of FLE objects), or
// "TOOL: error: FILE:LINE: ..." (counted by fle_errorf) and NULL, so a tool can go on with its other inputs and fail at the end.
FleFile *inspect_read(const char *path);

// Symbols in readelf's order: FILE, SECTION, other locals, then the
// rest, each group in model order.  order[k] is a model index; rank
// (when not NULL) is the inverse map, so rank[i] + 1 is readelf's "Num"
// of model symbol i (Num 0 is the null symbol).  Caller frees both.
size_t *inspect_symbol_order(const FleFile *f, size_t **rank);

// Executables: the entry of f->sections holding an address, else the one
// ending exactly there (end-of-section symbols like _end), else -1.
int inspect_exe_section_at(const FleFile *f, uint64_t addr);
// The segment holding addr (vaddr <= addr < vaddr + memsz), else the one
// ending exactly there (vaddr + memsz == addr), else -1.
int inspect_exe_segment_at(const FleFile *f, uint64_t addr);
// Whether addr lies in the zero-filled tail of its segment (.bss).
bool inspect_exe_is_zero_fill(const FleFile *f, uint64_t addr);

// Dynamic modules (spec/FLE.md §8).  Their symbol table as ELF's
// .dynsym would hold it, in readelf --dyn-syms's order: the imports (📥
// lines), then the defined exports in "exports" order, then any other
// symbol a segment relocation names.  Returns model indices (NULL, *n 0,
// for a static file); the caller frees them.
int *inspect_dynsyms(const FleFile *f, size_t *n);
// Whether model symbol sym is in f's "exports".
bool inspect_is_exported(const FleFile *f, int sym);
// The value a dynamic symbol has, as GNU ld writes it in .dynsym: an
// exported import (canonical PLT) is at its NAME@plt entry, any other
// symbol at its value.
uint64_t inspect_dynsym_value(const FleFile *f, int sym);

// A section's file bytes: objects' own data (NULL for NOBITS), or in an
// executable the bytes of the segment holding it, cut to the section and
// to the segment's file part.  *len is how many there are.
const uint8_t *inspect_section_bytes(const FleFile *f, const FleSection *s, uint64_t *len);

// The display name of an archive member "lib.a(member)" (static buffer).
const char *inspect_member_name(const char *archive, const char *member);

// svg.c: fle-readfle --svg, a picture of an executable's memory as SVG
// written to out; an object or archive is an error (counted).
void svg_draw(const FleFile *f, const char *path, FILE *out);

#endif
