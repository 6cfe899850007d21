// dynamic.c — what linking with shared libraries adds (spec/dynamic.md).
//
// A dynamic module is a .so (-shared) or an executable that links
// against a shared library.  The relocation scan (reloc_x86_64.c) decides
// what each reference needs; this file makes those things and records
// what the loader must know:
//
//   PLT entry   16 bytes in .plt, named NAME@plt, as GNU ld lays them out
//               for lazy binding: `jmp *SLOT(%rip); push $i; jmp PLT[0]`.
//               Its 8-byte slot in .got.plt holds the address the loader
//               finds (R_X86_64_JUMP_SLOT); until then (lazily) the
//               address of the push.  PLT[0], named _PLT0, pushes
//               .got.plt's word 1 (the module, for the loader) and jumps
//               through word 2 (the loader's resolver); word 0 stays 0.
//               The loader finds them by the "plt" and "pltgot" keys;
//               -z now sets "bind_now".
//   canonical   a non-PIC executable that takes an imported function's
//   PLT entry   address uses its PLT entry as that address; the symbol
//               stays an import and is exported too, so the loader makes
//               every module's GOT and 64-bit references agree.
//   copy        a non-PIC executable that addresses a library's variable
//               gets the variable itself, at the end of .bss; the loader
//               copies the library's initial value there (R_X86_64_COPY)
//               and binds everyone, the library too, to this copy: it is
//               exported.
//   exports     a .so: every global or weak symbol it defines of default
//               or protected visibility.  An executable: what the shared
//               libraries it links against import from it, its copies
//               and canonical PLT entries, and with -E all it defines.
//   needed      each shared library on the command line, by its soname
//               (else by the name it was given), once, in order.
//   runpath     -rpath; soname: -soname; init/fini arrays: where
//               .init_array and .fini_array are.
//
// Preemptible: in a .so, a symbol it defines and exports with default
// visibility may be bound at load time to another module's definition
// (the executable's first): references to it go through the GOT or PLT,
// unless -Bsymbolic.  In an executable only imports are.
#include "ld.h"

#include <stdio.h>
#include <string.h>

enum { PLT_ENTRY = 16, GOTPLT_RESERVED = 3, MAX_TLS_SHOWN = 10 };

bool is_preemptible(const Link *ld, const Symbol *s) {
  if (s->state == SYM_SHARED)
    return true;
  if (output_kind(ld) != OUT_SHARED || s->bind == STB_LOCAL)
    return false;
  if (s->state == SYM_UNDEF)
    return true;
  if (s->state != SYM_DEFINED && s->state != SYM_COMMON)
    return false; // the linker's own symbols bind inside the module
  return s->vis == STV_DEFAULT && !ld->bsymbolic;
}

// Whether s may be an export of this module at all: defined here, global
// or weak, neither hidden nor internal.  A .so does not export the
// linker's own symbols (each module has its _end); an executable does
// when a library imports one (__tls_* for minilibc in a library).
bool is_exportable(const Link *ld, const Symbol *s) {
  if (s->vis == STV_HIDDEN || s->vis == STV_INTERNAL || s->bind == STB_LOCAL)
    return false;
  if (s->state == SYM_LINKER)
    return output_kind(ld) != OUT_SHARED;
  return s->state == SYM_DEFINED || s->state == SYM_COMMON;
}

static bool is_exported(const Link *ld, const Symbol *s) {
  if (s->needs & (NEEDS_COPY | NEEDS_CPLT))
    return true;
  if (!is_exportable(ld, s))
    return false;
  if (output_kind(ld) == OUT_SHARED)
    return s->state != SYM_LINKER;
  return ld->export_dynamic || (s->needs & NEEDS_EXPORT);
}

void need_plt(Link *ld, Symbol *s) {
  s->needs |= NEEDS_PLT;
  if (s->pltslot)
    return;
  FLE_GROW(ld->pltsyms, ld->capplt, ld->nplt + 1);
  ld->pltsyms[ld->nplt++] = s;
  s->pltslot = (int)ld->nplt;
}

// Entry i (pltslot i + 1) follows PLT[0]; its slot follows the reserved
// words.
uint64_t plt_addr(const Link *ld, const Symbol *s) {
  return ld->plt->addr + (uint64_t)s->pltslot * PLT_ENTRY;
}

uint64_t gotplt_addr(const Link *ld, const Symbol *s) {
  return ld->gotplt->addr + (uint64_t)(s->pltslot - 1 + GOTPLT_RESERVED) * 8;
}

void add_dynreloc(Link *ld, SegKind seg, uint64_t off, uint32_t type,
                  Symbol *s, int64_t addend) {
  FLE_GROW(ld->dynrelocs, ld->capdynrelocs, ld->ndynrelocs + 1);
  ld->dynrelocs[ld->ndynrelocs++] = (DynReloc){seg, off, type, s, addend};
}

// What shared libraries on the command line import from this link is
// exported by it (the executable's definition, or one it pulled from an
// archive: a library calling puts is served by the executable's libc),
// and so is what it defines that a library defines too: the loader looks
// in the executable first, so its definition interposes on the
// library's, the library's own calls through its PLT included.
static void mark_library_imports(Link *ld) {
  for (size_t d = 0; d < ld->ndsos; d++) {
    InputFile *f = ld->dsos[d];
    for (size_t i = 0; i < f->obj->nsyms; i++) {
      Symbol *s = f->gsyms[i];
      if (!s || (s->needs & NEEDS_EXPORT) || !is_exportable(ld, s))
        continue;
      s->needs |= NEEDS_EXPORT;
      bool import = f->obj->syms[i].section == FLE_UNDEF;
      tracef(ld, TRACE_RESOLVE, s->name, "symbol %s: exported, %s %s%s\n",
             s->name, import ? "shared library" : "interposes on shared library",
             f->name, import ? " imports it" : "'s definition");
    }
  }
}

// The loader knows one TLS block, the executable's (spec/dynamic.md).
static void check_shared_tls(Link *ld) {
  if (output_kind(ld) != OUT_SHARED || !ld->has_tls)
    return;
  char lines[MAX_TLS_SHOWN * 300] = "";
  size_t n = 0, len = 0;
  for (size_t i = 0; i < ld->nfiles; i++) {
    FleFile *o = ld->files[i]->obj;
    for (size_t k = 0; k < o->nsections; k++)
      if ((o->sections[k].flags & SHF_TLS) && n++ < MAX_TLS_SHOWN)
        len += (size_t)snprintf(lines + len, sizeof lines - len,
                                "\n>>> thread-local section %.200s:(%.60s)",
                                ld->files[i]->name, o->sections[k].name);
  }
  fle_errorf("TLS in a shared library is not supported%s", lines);
}

// The copies of library variables, after the COMMON symbols at the end
// of .bss, each aligned as its size suggests (up to 16: what the
// library's own alignment could be is not recorded).
static void place_copies(Link *ld, OutputSection *bss) {
  for (size_t i = 0; i < ld->nsyms; i++) {
    Symbol *s = ld->syms[i];
    if (!(s->needs & NEEDS_COPY))
      continue;
    const FleSymbol *def = &s->file->obj->syms[s->index];
    uint64_t align = 1;
    while (align < def->size && align < 16)
      align <<= 1;
    bss->size = align_up(bss->size, align);
    if (align > bss->align)
      bss->align = align;
    s->osec = bss;
    s->addr = bss->size; // an offset until layout
    bss->size = add_capped(bss->size, def->size);
    FLE_GROW(ld->copies, ld->capcopies, ld->ncopies + 1);
    ld->copies[ld->ncopies++] = s;
    tracef(ld, TRACE_RESOLVE, s->name,
           "symbol %s: data of shared library %s, copied to .bss+0x%llx, "
           "size 0x%llx (R_X86_64_COPY)\n",
           s->name, s->file->name, (unsigned long long)s->addr,
           (unsigned long long)def->size);
  }
}

// Closes the relocation scan: what libraries import is exported; .plt,
// .got.plt and the copies get their sizes.
void allocate_dynamic(Link *ld) {
  check_shared_tls(ld);
  mark_library_imports(ld);
  ld->plt->size = ld->nplt ? (ld->nplt + 1) * PLT_ENTRY : 0;
  ld->plt->align = ld->nplt ? PLT_ENTRY : 1;
  ld->gotplt->size = ld->nplt ? (ld->nplt + GOTPLT_RESERVED) * 8 : 0;
  ld->gotplt->align = ld->nplt ? 8 : 1;
  place_copies(ld, output_section(ld, ".bss"));
}

static void put32(uint8_t *p, uint32_t v) {
  for (int i = 0; i < 4; i++)
    p[i] = (uint8_t)(v >> (8 * i));
}

// PLT[0]: push the module's word, jump to the resolver.
static void fill_plt0(Link *ld, uint8_t *p) {
  uint64_t plt0 = ld->plt->addr, got = ld->gotplt->addr;
  p[0] = 0xff, p[1] = 0x35; // push GOT+8(%rip)
  put32(p + 2, (uint32_t)(got + 8 - (plt0 + 6)));
  p[6] = 0xff, p[7] = 0x25; // jmp *GOT+16(%rip)
  put32(p + 8, (uint32_t)(got + 16 - (plt0 + 12)));
  memcpy(p + 12, (const uint8_t[]){0x0f, 0x1f, 0x40, 0x00}, 4); // nopl 0(%rax)
}

// Each PLT entry jumps through its .got.plt slot, which the loader
// fills (R_X86_64_JUMP_SLOT); pointing at the push, it makes the first
// call go to PLT[0] with the entry's index.  The copies get their
// R_X86_64_COPY lines.
void fill_dynamic(Link *ld) {
  Segment *text = &ld->segs[ld->plt->seg], *data = &ld->segs[ld->gotplt->seg];
  if (ld->nplt)
    fill_plt0(ld, text->data + (ld->plt->addr - text->vaddr));
  for (size_t i = 0; i < ld->nplt; i++) {
    Symbol *s = ld->pltsyms[i];
    uint64_t entry = plt_addr(ld, s), slot = gotplt_addr(ld, s);
    uint8_t *p = text->data + (entry - text->vaddr);
    p[0] = 0xff, p[1] = 0x25; // jmp *slot(%rip)
    put32(p + 2, (uint32_t)(slot - (entry + 6)));
    p[6] = 0x68;              // push $i
    put32(p + 7, (uint32_t)i);
    p[11] = 0xe9;             // jmp PLT[0]
    put32(p + 12, (uint32_t)(ld->plt->addr - (entry + 16)));
    add_dynreloc(ld, ld->gotplt->seg, slot - data->vaddr, R_X86_64_JUMP_SLOT, s, 0);
    tracef(ld, TRACE_RELOCS, s->name,
           "plt entry %s@plt at 0x%llx: jmp *0x%llx, its .got.plt slot "
           "(R_X86_64_JUMP_SLOT %s); push $%zu, jmp PLT[0] for the first call%s\n",
           s->name, (unsigned long long)entry, (unsigned long long)slot, s->name, i,
           s->needs & NEEDS_CPLT ? "; canonical: the address of the function everywhere" : "");
  }
  for (size_t i = 0; i < ld->ncopies; i++) {
    Symbol *s = ld->copies[i];
    Segment *g = &ld->segs[s->osec->seg];
    add_dynreloc(ld, s->osec->seg, s->addr - g->vaddr, R_X86_64_COPY, s, 0);
  }
}

// ------------------------------------------------------- the output

static void add_needed(Link *ld, FleFile *out) {
  for (size_t d = 0; d < ld->ndsos; d++) {
    const char *name = ld->dsos[d]->needed;
    bool seen = false;
    for (size_t k = 0; k < out->nneeded && !seen; k++)
      seen = strcmp(out->needed[k], name) == 0;
    if (!seen)
      fle_add_needed(out, name);
  }
}

static void add_arrays(Link *ld, FleFile *out) {
  OutputSection *init = output_section(ld, ".init_array");
  OutputSection *fini = output_section(ld, ".fini_array");
  if (init && init->size)
    out->init_array = init->addr, out->init_array_size = init->size;
  if (fini && fini->size)
    out->fini_array = fini->addr, out->fini_array_size = fini->size;
}

// The top-level keys of a dynamic module; outsym names the Symbol of
// each of out's symbols (NULL for locals).
void add_dynamic_info(Link *ld, FleFile *out, Symbol *const *outsym) {
  if (!is_dynamic(ld))
    return;
  out->shared = output_kind(ld) == OUT_SHARED;
  if (out->shared && ld->soname)
    out->soname = fle_xstrdup(ld->soname);
  add_needed(ld, out);
  for (size_t i = 0; i < ld->nrpath; i++)
    fle_add_runpath(out, ld->rpath[i]);
  add_arrays(ld, out);
  if (ld->nplt) {
    out->plt = ld->plt->addr, out->plt_size = ld->plt->size;
    out->pltgot = ld->gotplt->addr, out->pltgot_size = ld->gotplt->size;
  }
  out->bind_now = ld->znow;
  for (size_t i = 0; i < out->nsyms; i++)
    if (outsym[i] && is_exported(ld, outsym[i]))
      fle_add_export(out, (int)i);
}
