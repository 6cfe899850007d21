// reloc_x86_64.c — x86-64 relocations, in the psABI's own words.
//
// For every relocation the linker knows three numbers:
//   S  the value of the symbol (its address after layout; 0 for an
//      undefined weak symbol)
//   A  the addend written in the object
//   P  the place: the address of the bytes being patched
// plus, for GOT relocations, G (the offset of the symbol's slot in the
// GOT) and GOT (the GOT's address).  Each type is one line of the switch
// in apply_one(), the psABI table written as code, and every write checks
// that the value fits its field: a value that does not fit is an error
// naming the place, the symbol and the value, never a silent truncation.
//
// The GOTPCREL family loads an address from a GOT slot.  For a symbol of
// this image the linker knows the address, so where the psABI allows
// (GOTPCRELX and REX_GOTPCRELX with addend -4) the instruction is relaxed
// to use the address directly and no slot is needed:
//   mov  foo@GOTPCREL(%rip), %reg   ->  lea  foo(%rip), %reg
//   call *foo@GOTPCREL(%rip)        ->  addr32 call foo
//   jmp  *foo@GOTPCREL(%rip)        ->  jmp  foo; nop
// Everything else gets a slot in .got (in the data segment), filled
// with S.  PLT32 is S + A - P: a static link has no PLT; a call to a
// shared library's function is L + A - P, L its PLT entry.
//
// What a reference needs beyond that is one decision, taken from a
// table (mold's scan pass is the model; fle-ld/README.md): the output
// kind (exe, pie, shared) and the class of the symbol (local, absolute,
// preemptible, imported function, imported data, undefined weak) give,
// for each kind of reference (64-bit address, 32-bit address,
// PC-relative, call, GOT load), an action:
//   value      what a static link writes
//   RELATIVE   a PIE or .so (linked at base 0) does not know a 64-bit
//              address until load time: the bytes stay zero and the
//              segment gets R_X86_64_RELATIVE (B + S + A) for the loader
//   GOT        relaxed to the address, or a slot holding it
//   GLOB_DAT   a GOT slot the loader fills with the symbol's address
//   PLT        a call through a PLT entry, whose .got.plt slot the loader
//              fills (R_X86_64_JUMP_SLOT)
//   canonical PLT   a non-PIC executable takes an imported function's
//              address: the PLT entry is its address, everywhere
//   copy       a non-PIC executable addresses a library's variable: the
//              variable moves to the executable's .bss (R_X86_64_COPY)
//   dynamic 64 R_X86_64_64 (S + A) for the loader
//   error      a 32-bit absolute address in a PIE or .so, a PC-relative
//              one to a symbol another module may supply, TLS in a .so:
//              "recompile with -fPIC", as lld says it
// scan_relocations() takes every decision and records what the symbols
// need; dynamic.c makes the slots; apply_relocations() takes the same
// decisions again and writes.
#include "ld.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { NOTE_MAX = 192 };

typedef struct {
  Link *ld;
  InputFile *file;
  int sec;
  const FleReloc *rel;
  char *notebuf;      // NOTE_MAX bytes for note, when it is built (the
                      // caller's: a Site is made per relocation)
  Segment *seg;       // NULL in a debug section: nothing loads its bytes
  OutputSection *out; // the debug section then
  uint8_t *loc;       // the bytes to patch, inside seg->data
  uint64_t S, P;
  int64_t A;
  const char *formula; // for --trace
  const char *note;
  atomic_bool *failed; // set instead of reporting an error (a relocating
                       // thread: the pass is then run again on one)
} Site;

// -------------------------------------------------------- symbol kinds

// Whether S is a fixed number rather than an address in the image (an
// absolute symbol, or an undefined weak one resolving to 0): such values
// need no RELATIVE relocation in a PIE and cannot be reached PC-relative.
static bool is_absolute(Link *ld, InputFile *f, int symidx) {
  Symbol *g = f->gsyms[symidx];
  if (g)
    return g->state == SYM_UNDEF ||
           ((g->state == SYM_LINKER || g->state == SYM_DEFINED) && g->absolute);
  return f->obj->syms[symidx].section == FLE_ABS;
}

static bool is_undef_weak(InputFile *f, int symidx) {
  Symbol *g = f->gsyms[symidx];
  return g && g->state == SYM_UNDEF;
}


// ------------------------------------------------- the decision table

typedef enum {
  CLS_LOCAL,        // an address in this image no other module can change
  CLS_ABSOLUTE,     // a number (absolute symbol, linker constant)
  CLS_PREEMPTIBLE,  // defined here, exported from a .so: the loader may
                    // bind it to another module's definition
  CLS_IMPORT_FUNC,  // a function a shared library defines
  CLS_IMPORT_DATA,  // a variable a shared library defines
  CLS_UNDEF_WEAK,   // defined nowhere: 0 (in a .so, an import that may
                    // stay 0)
  CLS_UNDEF,        // in a .so: undefined, imported at load time
} SymClass;

static const char *const class_names[] = {
    "local", "absolute", "preemptible", "imported function",
    "imported data", "undefined weak", "undefined, imported"};

typedef enum {
  REF_ABS64,  // R_X86_64_64
  REF_ABS32,  // 32, 32S, 16, 8
  REF_PCREL,  // PC32 (not a call), PC64, PC16, PC8, GOTPC32/64
  REF_CALL,   // PLT32, or PC32 in a call or jmp
  REF_GOT,    // GOTPCREL, GOTPCRELX, REX_GOTPCRELX
  REF_GOTOFF, // GOTOFF64: S - GOT, so S must be in this image
  REF_TLS,    // the TLS family
} RefKind;

typedef enum {
  ACT_VALUE,    // what a static link writes
  ACT_RELATIVE, // a 64-bit address: R_X86_64_RELATIVE
  ACT_GOT,      // relax to the address, or a GOT slot holding it
  ACT_GLOB_DAT, // a GOT slot the loader fills: R_X86_64_GLOB_DAT
  ACT_PLT,      // through the symbol's PLT entry
  ACT_CPLT,     // the PLT entry is the symbol's address; then as local
  ACT_COPY,     // the symbol is copied into .bss; then as local
  ACT_DYN64,    // R_X86_64_64 for the loader
  ACT_ERR_PIC,  // "recompile with -fPIC"
  ACT_ERR_ABS,  // PC-relative to an absolute symbol in a PIE or .so
  ACT_ERR_TLS,  // TLS in a shared library
} Action;

static bool is_tls_type(uint32_t type) {
  return type == R_X86_64_TPOFF32 || type == R_X86_64_GOTTPOFF ||
         type == R_X86_64_TPOFF64 || type == R_X86_64_DTPOFF32 ||
         type == R_X86_64_TLSGD || type == R_X86_64_TLSLD ||
         type == R_X86_64_DTPOFF64 || type == R_X86_64_GOTPC32_TLSDESC ||
         type == R_X86_64_TLSDESC_CALL;
}

// A PC32 in code whose field follows a call (e8) or jmp (e9) opcode is
// a call (older assemblers wrote calls as PC32).
static bool is_call_site(InputFile *f, int sec, const FleReloc *r) {
  FleSection *s = &f->obj->sections[sec];
  if (r->type != R_X86_64_PC32 || r->offset < 1 || !s->data ||
      !(s->flags & SHF_EXECINSTR))
    return false;
  uint8_t op = s->data[r->offset - 1];
  return op == 0xe8 || op == 0xe9;
}

static RefKind ref_kind(InputFile *f, int sec, const FleReloc *r) {
  switch (r->type) {
  case R_X86_64_64:
    return REF_ABS64;
  case R_X86_64_32:
  case R_X86_64_32S:
  case R_X86_64_16:
  case R_X86_64_8:
    return REF_ABS32;
  case R_X86_64_PLT32:
    return REF_CALL;
  case R_X86_64_PC32:
    return is_call_site(f, sec, r) ? REF_CALL : REF_PCREL;
  case R_X86_64_GOTPCREL:
  case R_X86_64_GOTPCRELX:
  case R_X86_64_REX_GOTPCRELX:
    return REF_GOT;
  case R_X86_64_GOTOFF64:
    return REF_GOTOFF;
  default:
    return is_tls_type(r->type) ? REF_TLS : REF_PCREL;
  }
}

static bool is_function(const Symbol *g) {
  uint8_t t = g->file->obj->syms[g->index].type;
  return t == STT_FUNC || t == STT_GNU_IFUNC;
}

static SymClass classify(Link *ld, InputFile *f, int symidx) {
  Symbol *g = f->gsyms[symidx];
  if (g && g->state == SYM_SHARED)
    return is_function(g) ? CLS_IMPORT_FUNC : CLS_IMPORT_DATA;
  if (g && g->state == SYM_UNDEF)
    return g->bind == STB_WEAK ? CLS_UNDEF_WEAK : CLS_UNDEF;
  if (g && is_preemptible(ld, g))
    return CLS_PREEMPTIBLE;
  return is_absolute(ld, f, symidx) ? CLS_ABSOLUTE : CLS_LOCAL;
}

// The table (spec/dynamic.md, fle-ld/README.md).  In a .so every class
// but local and absolute is preemptible: the loader says where the
// symbol is, so only a GOT slot, a PLT entry or a 64-bit load-time
// relocation can reach it.
// (A 64-bit address of imported data in a .so is a dynamic 64, as lld
// writes it: `int *p = &environ;` in a library.)
static Action decide(OutputKind out, SymClass c, RefKind r) {
  bool pic = out != OUT_EXE;
  if (r == REF_TLS)
    return c == CLS_LOCAL || c == CLS_ABSOLUTE ||
                   (c == CLS_UNDEF_WEAK && out != OUT_SHARED)
               ? ACT_VALUE
               : ACT_ERR_TLS;
  if (c == CLS_UNDEF && out != OUT_SHARED)
    c = CLS_UNDEF_WEAK; // reported by check_undefined; write as 0
  if (out == OUT_SHARED && c != CLS_LOCAL && c != CLS_ABSOLUTE) {
    switch (r) {
    case REF_CALL:  return ACT_PLT;
    case REF_GOT:   return ACT_GLOB_DAT;
    case REF_ABS64: return ACT_DYN64;
    default:        return ACT_ERR_PIC;
    }
  }
  switch (c) {
  case CLS_LOCAL:
    if (r == REF_ABS64)
      return pic ? ACT_RELATIVE : ACT_VALUE;
    if (r == REF_ABS32)
      return pic ? ACT_ERR_PIC : ACT_VALUE;
    return r == REF_GOT ? ACT_GOT : ACT_VALUE;
  case CLS_ABSOLUTE:
    if (r == REF_PCREL || r == REF_CALL)
      return pic ? ACT_ERR_ABS : ACT_VALUE;
    return r == REF_GOT ? ACT_GOT : ACT_VALUE;
  case CLS_IMPORT_FUNC:
    switch (r) {
    case REF_CALL:   return ACT_PLT;
    case REF_GOT:    return ACT_GLOB_DAT;
    case REF_ABS64:  return pic ? ACT_DYN64 : ACT_CPLT;
    case REF_PCREL:  return ACT_CPLT;
    case REF_ABS32:  return pic ? ACT_ERR_PIC : ACT_CPLT;
    default:         return ACT_ERR_PIC;
    }
  case CLS_IMPORT_DATA: // a call to it (an untyped symbol) is a call
    if (r == REF_CALL)
      return ACT_PLT;
    if (r == REF_GOT)
      return ACT_GLOB_DAT;
    return r == REF_GOTOFF ? ACT_ERR_PIC : ACT_COPY;
  default: // undefined weak in an executable: 0
    return r == REF_GOT ? ACT_GOT : ACT_VALUE;
  }
}

// What a debug section (never loaded) holds: link-time values, and in a
// PIE or .so a RELATIVE line per 64-bit address for the tools that move
// it.  Imports are 0 there.
static Action decide_debug(Link *ld, SymClass c, RefKind r) {
  if (r == REF_ABS64 && c != CLS_ABSOLUTE && output_kind(ld) != OUT_EXE &&
      c != CLS_UNDEF_WEAK && c != CLS_UNDEF && c != CLS_IMPORT_FUNC &&
      c != CLS_IMPORT_DATA)
    return ACT_RELATIVE;
  return ACT_VALUE;
}

// A reference through a canonical PLT entry or a copy is then a
// reference to a symbol of this image.
static Action decide_site(Link *ld, InputFile *f, int sec, const FleReloc *r,
                          bool loaded, SymClass *cls) {
  *cls = classify(ld, f, r->sym);
  RefKind k = ref_kind(f, sec, r);
  if (!loaded)
    return decide_debug(ld, *cls, k);
  return decide(output_kind(ld), *cls, k);
}

// ---------------------------------------------------------- the GOT

// A symbol's slot number + 1 for the value `kind` (GOT_ADDR, GOT_TPOFF,
// or GOT_MODULE: the first of a TLSGD pair), 0 while it has none.
static int *got_slot_ref(InputFile *f, int symidx, GotKind kind) {
  Symbol *g = f->gsyms[symidx];
  int **local = kind == GOT_TPOFF    ? &f->tpoffslot
                : kind == GOT_MODULE ? &f->tlsgdslot
                                     : &f->gotslot;
  if (g)
    return kind == GOT_TPOFF    ? &g->tpoffslot
           : kind == GOT_MODULE ? &g->tlsgdslot
                                : &g->gotslot;
  if (!*local)
    *local = fle_xcalloc(f->obj->nsyms, sizeof **local);
  return &(*local)[symidx];
}

// Appends one 8-byte slot holding `kind` of symbol symidx; returns its
// number + 1.
static int add_got_slot(Link *ld, InputFile *f, int symidx, GotKind kind) {
  FLE_GROW(ld->gotfile, ld->capgot, ld->ngot + 1);
  ld->gotsym = fle_xrealloc(ld->gotsym, ld->capgot * sizeof *ld->gotsym);
  ld->gotkind = fle_xrealloc(ld->gotkind, ld->capgot * sizeof *ld->gotkind);
  ld->gotfile[ld->ngot] = f;
  ld->gotsym[ld->ngot] = symidx;
  ld->gotkind[ld->ngot] = kind;
  ld->got->size = (ld->ngot + 1) * 8;
  ld->got->align = 8;
  return (int)++ld->ngot;
}

// One slot (GOT_ADDR, GOT_TPOFF), or for GOT_MODULE the TLSGD pair
// {module 1, dtpoff(S)} that __tls_get_addr reads.
static void need_got_slot(Link *ld, InputFile *f, int symidx, GotKind kind) {
  int *slot = got_slot_ref(f, symidx, kind);
  if (*slot)
    return;
  *slot = add_got_slot(ld, f, symidx, kind);
  if (kind == GOT_MODULE)
    add_got_slot(ld, f, symidx, GOT_DTPOFF);
}

// TLSLD: one pair {module 1, offset 0} for the whole executable.
static void need_tlsld_pair(Link *ld, InputFile *f, int symidx) {
  if (ld->tlsldslot)
    return;
  ld->tlsldslot = add_got_slot(ld, f, symidx, GOT_MODULE);
  add_got_slot(ld, f, symidx, GOT_ZERO);
}

static uint64_t got_slot_addr(Link *ld, int slot) {
  return ld->got->addr + (uint64_t)(slot - 1) * 8;
}

// G + GOT: the address of the symbol's slot (or first slot of a pair).
static uint64_t got_entry_addr(Link *ld, InputFile *f, int symidx,
                               GotKind kind) {
  return got_slot_addr(ld, *got_slot_ref(f, symidx, kind));
}

// ------------------------------------------------------- relaxation

// The instruction bytes before the relocated field (input data).
static const uint8_t *insn_bytes(InputFile *f, int sec, const FleReloc *r,
                                 int back) {
  FleSection *s = &f->obj->sections[sec];
  if (r->offset < (uint64_t)back || !s->data)
    return NULL;
  return s->data + r->offset - back;
}

// Can this GOT load use the address directly (psABI B.2)?
static bool can_relax(Link *ld, InputFile *f, int sec, const FleReloc *r) {
  if (r->type != R_X86_64_GOTPCRELX && r->type != R_X86_64_REX_GOTPCRELX)
    return false;
  if (r->addend != -4 || is_undef_weak(f, r->sym))
    return false;
  if (output_kind(ld) != OUT_EXE && is_absolute(ld, f, r->sym))
    return false;
  const uint8_t *op = insn_bytes(f, sec, r, 2);
  if (!op)
    return false;
  if (op[0] == 0x8b) // mov
    return r->type == R_X86_64_GOTPCRELX || insn_bytes(f, sec, r, 3);
  if (r->type != R_X86_64_GOTPCRELX || op[0] != 0xff || (op[1] != 0x15 && op[1] != 0x25))
    return false; // neither call * nor jmp *
  // A prefix before it would be left in front of the new opcode: the
  // general-dynamic TLS call under -fno-plt is "data16 rex.W call
  // *__tls_get_addr@GOTPCREL(%rip)", and "66 48 67 e8" is a 16-bit call on
  // AMD CPUs.  Such a call stays a call through the GOT, as compiled.
  const uint8_t *pre = insn_bytes(f, sec, r, 3);
  return !pre || !(pre[0] == 0x66 || (pre[0] & 0xf0) == 0x40);
}

// ----------------------------------------------------------- errors

static void site_location(const Site *x, char *buf, size_t len) {
  format_location(buf, len, x->file, x->sec, x->rel->offset);
}

static const char *type_name(uint32_t type) {
  const FleRelocType *t = fle_reloc_by_type(type);
  return t ? t->name : "R_X86_64_?";
}

// On a relocating thread an error is only noted: the pass runs again
// on one thread, which reports every error in order.
static bool noted(const Site *x) {
  if (x->failed)
    atomic_store(x->failed, true);
  return x->failed != NULL;
}

static void out_of_range(const Site *x, int64_t v, const char *range) {
  if (noted(x))
    return;
  char loc[512], val[32];
  site_location(x, loc, sizeof loc);
  fle_errorf("%s: relocation %s out of range: %s is not in %s; references %s",
             loc, type_name(x->rel->type), hex_signed(val, v), range,
             symbol_label(x->file, x->rel->sym));
}

static void site_error(const Site *x, const char *what) {
  if (noted(x))
    return;
  char loc[512];
  site_location(x, loc, sizeof loc);
  fle_errorf("%s: relocation %s against %s: %s", loc,
             type_name(x->rel->type), symbol_label(x->file, x->rel->sym),
             what);
}

// ----------------------------------------------------------- writers

static void put(uint8_t *loc, uint64_t v, int width) {
  for (int i = 0; i < width; i++)
    loc[i] = (uint8_t)(v >> (8 * i));
}

static void write64(Site *x, uint64_t v) { put(x->loc, v, 8); }

static void write32u(Site *x, uint64_t v) {
  if (v > UINT32_MAX)
    out_of_range(x, (int64_t)v, "[0, 4294967295]");
  else
    put(x->loc, v, 4);
}

static void write32s(Site *x, int64_t v) {
  if (v < INT32_MIN || v > INT32_MAX)
    out_of_range(x, v, "[-2147483648, 2147483647]");
  else
    put(x->loc, (uint64_t)v, 4);
}

// 16- and 8-bit fields accept anything that fits signed or unsigned.
static void write16(Site *x, int64_t v) {
  if (v < INT16_MIN || v > UINT16_MAX)
    out_of_range(x, v, "[-32768, 65535]");
  else
    put(x->loc, (uint64_t)v, 2);
}

static void write16s(Site *x, int64_t v) {
  if (v < INT16_MIN || v > INT16_MAX)
    out_of_range(x, v, "[-32768, 32767]");
  else
    put(x->loc, (uint64_t)v, 2);
}

static void write8(Site *x, int64_t v) {
  if (v < INT8_MIN || v > UINT8_MAX)
    out_of_range(x, v, "[-128, 255]");
  else
    put(x->loc, (uint64_t)v, 1);
}

static void write8s(Site *x, int64_t v) {
  if (v < INT8_MIN || v > INT8_MAX)
    out_of_range(x, v, "[-128, 127]");
  else
    put(x->loc, (uint64_t)v, 1);
}

// A load-time relocation: the loader writes B + addend at this place.
static void add_relative(FleReloc **v, size_t *n, size_t *cap, uint64_t off,
                         uint64_t addend) {
  FLE_GROW(*v, *cap, *n + 1);
  (*v)[(*n)++] = (FleReloc){off, R_X86_64_RELATIVE, -1, (int64_t)addend};
}

static void add_segment_relative(Segment *g, uint64_t off, uint64_t addend) {
  add_relative(&g->relocs, &g->nrelocs, &g->caprelocs, off, addend);
}

// S + A as a 64-bit address the loader writes: B + S + A.  Debugging
// information is never loaded, but the addresses in it move with the
// program too: its RELATIVE lines are for the tools that place it at a
// base (fle-objcopy --base, the debugger's view of a PIE).
static void write_relative(Site *x, uint64_t v) {
  if (x->seg) {
    add_segment_relative(x->seg, (uint64_t)(x->loc - x->seg->data), v);
    x->note = "PIE: left 0, R_X86_64_RELATIVE for the loader";
  } else {
    OutputSection *o = x->out;
    add_relative(&o->relocs, &o->nrelocs, &o->caprelocs, (uint64_t)(x->loc - o->data), v);
    x->note = "PIE: left 0, R_X86_64_RELATIVE for a debugger";
  }
}

// The error of a reference the table refuses.  Against a local symbol,
// one line naming the place (a PIE's 32-bit address); against one another
// module may supply, lld's lines: where it is defined, who refers to it.
static void refuse(Site *x, Action act) {
  char loc[512];
  site_location(x, loc, sizeof loc);
  const FleSymbol *s = &x->file->obj->syms[x->rel->sym];
  Symbol *g = x->file->gsyms[x->rel->sym];
  if (act == ACT_ERR_ABS) {
    fle_errorf("%s: relocation %s cannot refer to absolute symbol %s in a PIE",
               loc, type_name(x->rel->type), symbol_label(x->file, x->rel->sym));
    return;
  }
  if (!g || (act == ACT_ERR_PIC && !is_preemptible(x->ld, g))) {
    fle_errorf("%s: relocation %s cannot be used against %s%s; recompile "
               "with -fPIC", loc, type_name(x->rel->type),
               s->type == STT_SECTION ? "" : "symbol ",
               symbol_label(x->file, x->rel->sym));
    return;
  }
  char defined[1024] = "";
  if (g->file)
    snprintf(defined, sizeof defined, "\n>>> defined in %s", g->file->name);
  if (act == ACT_ERR_TLS)
    fle_errorf("TLS in a shared library is not supported: relocation %s "
               "against symbol '%s'%s\n>>> referenced by %s",
               type_name(x->rel->type), g->name, defined, loc);
  else
    fle_errorf("relocation %s cannot be used against symbol '%s'; recompile "
               "with -fPIC%s\n>>> referenced by %s", type_name(x->rel->type),
               g->name, defined, loc);
}

// --------------------------------------------------------- GOTPCREL

static uint64_t relax_got_load(Site *x) {
  uint8_t *op = x->loc - 2;
  uint64_t S = x->S, P = x->P;
  int64_t A = x->A;
  if (op[0] == 0x8b) {
    op[0] = 0x8d; // mov foo@GOTPCREL(%rip) -> lea foo(%rip)
    x->note = "relaxed: mov from GOT -> lea";
  } else if (op[1] == 0x15) {
    op[0] = 0x67; // call *foo@GOTPCREL(%rip) -> addr32 call foo
    op[1] = 0xe8;
    x->note = "relaxed: call via GOT -> addr32 call";
  } else {
    op[0] = 0xe9; // jmp *foo@GOTPCREL(%rip) -> jmp foo; nop
    x->loc[3] = 0x90;
    x->loc -= 1;  // the jmp's field starts one byte earlier, so
    P -= 1;       // its P is one less
    x->note = "relaxed: jmp via GOT -> jmp; nop";
  }
  write32s(x, (int64_t)(S + A - P));
  return S + A - P;
}

static uint64_t apply_gotpcrel(Site *x, Action act) {
  if (act == ACT_GOT && can_relax(x->ld, x->file, x->sec, x->rel)) {
    x->formula = "S + A - P";
    return relax_got_load(x);
  }
  uint64_t G_GOT = got_entry_addr(x->ld, x->file, x->rel->sym,
                                  act == ACT_GLOB_DAT ? GOT_GLOB_DAT : GOT_ADDR);
  snprintf(x->notebuf, NOTE_MAX, "G + GOT = 0x%llx, the GOT slot%s",
           (unsigned long long)G_GOT,
           act == ACT_GLOB_DAT ? ", R_X86_64_GLOB_DAT for the loader" : "");
  x->note = x->notebuf;
  x->formula = "G + GOT + A - P";
  write32s(x, (int64_t)(G_GOT + x->A - x->P));
  return G_GOT + x->A - x->P;
}

// --------------------------------------------------------------- TLS
//
// Thread-local symbols are addressed from the thread pointer TP (%fs:0),
// x86-64 variant II: the TLS block sits just below TP, so
//   tpoff(S)  = S - tls_start - round_up(tls_memsz, tls_align)  (< 0)
//   dtpoff(S) = S - tls_start       (offset inside the block)
// Both are link-time constants in a static executable (no RELATIVE in a
// PIE).  The GOT forms keep their GOT slots, filled with constants:
//   GOTTPOFF  movq x@gottpoff(%rip), %reg   slot holds tpoff(S)
//   TLSGD     lea x@tlsgd(%rip), %rdi; call __tls_get_addr
//             a pair {module 1, dtpoff(S)}; minilibc's __tls_get_addr
//             returns the block start + dtpoff
//   TLSLD     the same with the module's pair {1, 0}; the code then adds
//             x@dtpoff (DTPOFF32/64) to the block start itself

// A TLS relocation must name a TLS symbol (or a TLS section's symbol).
static bool is_tls_symbol(InputFile *f, int symidx) {
  Symbol *g = f->gsyms[symidx];
  if (g && g->state == SYM_DEFINED) {
    f = g->file;
    symidx = g->index;
  } else if (g) {
    // undefined weak: S = 0; _TLS_MODULE_BASE_: the TLS block's start
    return g->state == SYM_UNDEF ||
           (g->state == SYM_LINKER && !strcmp(g->name, "_TLS_MODULE_BASE_"));
  }
  const FleSymbol *s = &f->obj->syms[symidx];
  if (s->type == STT_TLS)
    return true;
  return s->type == STT_SECTION && s->section >= 0 &&
         (f->obj->sections[s->section].flags & SHF_TLS);
}

static uint64_t apply_tls_got(Site *x, uint64_t G_GOT, const char *what) {
  static char note[128];
  snprintf(note, sizeof note, "G + GOT = 0x%llx, %s",
           (unsigned long long)G_GOT, what);
  x->note = note;
  x->formula = "G + GOT + A - P";
  write32s(x, (int64_t)(G_GOT + x->A - x->P));
  return G_GOT + x->A - x->P;
}

// TLS descriptors (-mtls-dialect=gnu2).  The code is
//   lea x@tlsdesc(%rip), %reg      REX.W 8d <reg,rip> <GOTPC32_TLSDESC>
//   (mov %reg, %rax, when reg is not rax)
//   call *x@tlscall(%rax)          ff 10    <TLSDESC_CALL, no field>
// and then reads %fs:(%rax).  An executable's TLS is its own, so as GNU
// ld and lld do the pair becomes the local-exec form, with no descriptor:
//   mov $tpoff(x), %reg            REX.W c7 <reg> <tpoff(S) + A + 4>
//   xchg %ax, %ax                  66 90    (a 2-byte nop)
// (A is -4, the field's distance to the next instruction, which a
// PC-relative lea needs and an immediate does not.)
static uint64_t relax_tlsdesc(Site *x) {
  const FleSection *s = &x->file->obj->sections[x->sec];
  uint64_t off = x->rel->offset;
  if (x->rel->type == R_X86_64_TLSDESC_CALL) {
    if (s->size - off < 2 || x->loc[0] != 0xff || x->loc[1] != 0x10) {
      site_error(x, "not at 'call *(%rax)' (ff 10)");
      return 0;
    }
    x->loc[0] = 0x66, x->loc[1] = 0x90;
    x->formula = "-";
    x->note = "relaxed: call through the TLS descriptor -> nop";
    return 0;
  }
  uint8_t *op = x->loc - 3;
  if (off < 3 || (op[0] != 0x48 && op[0] != 0x4c) || op[1] != 0x8d || (op[2] & 0xc7) != 0x05) {
    site_error(x, "not in 'lea x@tlsdesc(%rip), %reg' (48/4c 8d, RIP-relative)");
    return 0;
  }
  int reg = (op[2] >> 3 & 7) | (op[0] & 4 ? 8 : 0); // ModRM.reg, REX.R
  op[0] = 0x48 | (reg >= 8);                           // REX.W, REX.B
  op[1] = 0xc7;
  op[2] = 0xc0 | (reg & 7);
  int64_t v = tpoff(x->ld, x->S) + x->A + 4;
  x->formula = "S + A + 4 - TP";
  x->note = "relaxed: lea of the TLS descriptor -> mov $tpoff";
  write32s(x, v);
  return (uint64_t)v;
}

static uint64_t apply_tls(Site *x) {
  Link *ld = x->ld;
  static char note[96];
  char what[96], v[32];
  switch (x->rel->type) {
  case R_X86_64_TPOFF32:
  case R_X86_64_TPOFF64:
    x->formula = "S + A - TP";
    snprintf(note, sizeof note, "TP = 0x%llx, the TLS block's end",
             (unsigned long long)(ld->tls_start + tp_offset(ld)));
    x->note = note;
    if (x->rel->type == R_X86_64_TPOFF32)
      write32s(x, tpoff(ld, x->S) + x->A);
    else
      write64(x, (uint64_t)(tpoff(ld, x->S) + x->A));
    return (uint64_t)(tpoff(ld, x->S) + x->A);
  case R_X86_64_DTPOFF32:
  case R_X86_64_DTPOFF64:
    x->formula = "S + A - TLS start";
    if (x->rel->type == R_X86_64_DTPOFF32)
      write32s(x, dtpoff(ld, x->S) + x->A);
    else
      write64(x, (uint64_t)(dtpoff(ld, x->S) + x->A));
    return (uint64_t)(dtpoff(ld, x->S) + x->A);
  case R_X86_64_GOTTPOFF:
    snprintf(what, sizeof what, "the slot holding tpoff = %s",
             hex_signed(v, tpoff(ld, x->S)));
    return apply_tls_got(x, got_entry_addr(ld, x->file, x->rel->sym,
                                           GOT_TPOFF), what);
  case R_X86_64_TLSGD:
    snprintf(what, sizeof what, "the pair {module 1, dtpoff 0x%llx}",
             (unsigned long long)dtpoff(ld, x->S));
    return apply_tls_got(x, got_entry_addr(ld, x->file, x->rel->sym,
                                           GOT_MODULE), what);
  case R_X86_64_GOTPC32_TLSDESC:
  case R_X86_64_TLSDESC_CALL:
    return relax_tlsdesc(x);
  default: // R_X86_64_TLSLD
    return apply_tls_got(x, got_slot_addr(ld, ld->tlsldslot),
                         "the module's pair {1, 0}");
  }
}

// ------------------------------------------------------------ apply

// Writes one relocation whose decision is act (value, RELATIVE, GOT,
// GLOB_DAT, or PLT with S the entry), the psABI's formula for its type.
static uint64_t apply_one(Site *x, Action act) {
  uint64_t S = x->S, P = x->P;
  int64_t A = x->A;
  switch (x->rel->type) {
  case R_X86_64_64:
    x->formula = "S + A";
    if (act == ACT_RELATIVE)
      write_relative(x, S + A);
    else
      write64(x, S + A);
    return S + A;
  case R_X86_64_32:
    x->formula = "S + A";
    write32u(x, S + A);
    return S + A;
  case R_X86_64_32S:
    x->formula = "S + A";
    write32s(x, (int64_t)(S + A));
    return S + A;
  case R_X86_64_16:
    x->formula = "S + A";
    write16(x, (int64_t)(S + A));
    return S + A;
  case R_X86_64_8:
    x->formula = "S + A";
    write8(x, (int64_t)(S + A));
    return S + A;
  case R_X86_64_PC64:
    x->formula = "S + A - P";
    write64(x, S + A - P);
    return S + A - P;
  case R_X86_64_PC32:
  case R_X86_64_PLT32: // S is the PLT entry, or (local) the function itself
    x->formula = act == ACT_PLT ? "L + A - P" : "S + A - P";
    write32s(x, (int64_t)(S + A - P));
    return S + A - P;
  case R_X86_64_PC16:
    x->formula = "S + A - P";
    write16s(x, (int64_t)(S + A - P));
    return S + A - P;
  case R_X86_64_PC8:
    x->formula = "S + A - P";
    write8s(x, (int64_t)(S + A - P));
    return S + A - P;
  case R_X86_64_GOTPCREL:
  case R_X86_64_GOTPCRELX:
  case R_X86_64_REX_GOTPCRELX:
    return apply_gotpcrel(x, act);
  case R_X86_64_GOTPC32: // S is _GLOBAL_OFFSET_TABLE_: GOT + A - P
    x->formula = "GOT + A - P";
    write32s(x, (int64_t)(S + A - P));
    return S + A - P;
  case R_X86_64_GOTPC64:
    x->formula = "GOT + A - P";
    write64(x, S + A - P);
    return S + A - P;
  case R_X86_64_GOTOFF64: { // where S is from the GOT: moves with it in a PIE
    uint64_t GOT = x->ld->got->addr;
    x->formula = "S + A - GOT";
    write64(x, S + A - GOT);
    return S + A - GOT;
  }
  case R_X86_64_TPOFF32:
  case R_X86_64_TPOFF64:
  case R_X86_64_DTPOFF32:
  case R_X86_64_DTPOFF64:
  case R_X86_64_GOTTPOFF:
  case R_X86_64_TLSGD:
  case R_X86_64_TLSLD:
  case R_X86_64_GOTPC32_TLSDESC:
  case R_X86_64_TLSDESC_CALL:
    return apply_tls(x);
  default:
    site_error(x, "unsupported relocation type");
    return 0;
  }
}

// ------------------------------------------------- applying decisions

// The trace's words for a decision in a dynamic link: the symbol's class
// and what the reference goes through.
static void dynamic_note(Site *x, SymClass cls, const char *what) {
  char buf[NOTE_MAX];
  snprintf(buf, sizeof buf, "%s: %s", class_names[cls],
           what ? what : x->note ? x->note : "its address");
  memcpy(x->notebuf, buf, sizeof buf);
  x->note = x->notebuf;
}

// Takes the reference's decision again (as the scan did) and writes it.
static uint64_t apply_decided(Site *x) {
  Link *ld = x->ld;
  SymClass cls;
  Action act = decide_site(ld, x->file, x->sec, x->rel, x->seg != NULL, &cls);
  Symbol *g = x->file->gsyms[x->rel->sym];
  char what[160] = "";
  switch (act) {
  case ACT_ERR_PIC:
  case ACT_ERR_ABS:
  case ACT_ERR_TLS:
    return 0; // reported by the scan
  case ACT_PLT:
    x->S = plt_addr(ld, g);
    snprintf(what, sizeof what, "PLT entry %s@plt at 0x%llx, JUMP_SLOT at 0x%llx",
             g->name, (unsigned long long)x->S,
             (unsigned long long)gotplt_addr(ld, g));
    break;
  case ACT_CPLT:
    snprintf(what, sizeof what, "canonical PLT entry %s@plt at 0x%llx is its address",
             g->name, (unsigned long long)x->S);
    act = decide(output_kind(ld), CLS_LOCAL, ref_kind(x->file, x->sec, x->rel));
    break;
  case ACT_COPY:
    snprintf(what, sizeof what, "copied to 0x%llx in .bss, R_X86_64_COPY",
             (unsigned long long)x->S);
    act = decide(output_kind(ld), CLS_LOCAL, ref_kind(x->file, x->sec, x->rel));
    break;
  case ACT_DYN64:
    add_dynreloc(ld, x->out->seg, (uint64_t)(x->loc - x->seg->data), R_X86_64_64, g, x->A);
    x->formula = "S + A";
    write64(x, 0);
    dynamic_note(x, cls, "left 0, R_X86_64_64 for the loader");
    return x->S + (uint64_t)x->A;
  default:
    break;
  }
  if (act == ACT_ERR_PIC) // a copy or canonical PLT entry in a PIE
    return 0;
  uint64_t v = apply_one(x, act);
  if (is_dynamic(ld) && x->seg)
    dynamic_note(x, cls, what[0] ? what : NULL);
  return v;
}

// --------------------------------------------------------- the passes

// Whether section sec of f is loaded (not debugging information).
static bool is_loaded(InputFile *f, int sec) {
  return f->secout[sec] && f->secout[sec]->seg != SEG_NONE;
}

static void scan_tls(Link *ld, Site *x) {
  InputFile *f = x->file;
  const FleReloc *r = x->rel;
  if (!is_tls_symbol(f, r->sym))
    site_error(x, "not a thread-local symbol");
  else if (r->type == R_X86_64_GOTTPOFF)
    need_got_slot(ld, f, r->sym, GOT_TPOFF);
  else if (r->type == R_X86_64_TLSGD)
    need_got_slot(ld, f, r->sym, GOT_MODULE);
  else if (r->type == R_X86_64_TLSLD)
    need_tlsld_pair(ld, f, r->sym);
}

// Whether a reference needs anything of the scan: a slot, an entry, a
// copy, a TLS check or an error.  Most (a call, an address) need none.
static bool needs_scan(Link *ld, InputFile *f, int sec, const FleReloc *r) {
  if (r->sym < 0 || (size_t)r->sym >= f->obj->nsyms || r->type == R_X86_64_RELATIVE ||
      is_tls_type(r->type))
    return true;
  SymClass cls;
  switch (decide_site(ld, f, sec, r, is_loaded(f, sec), &cls)) {
  case ACT_ERR_PIC:
  case ACT_ERR_ABS:
  case ACT_ERR_TLS:
  case ACT_PLT:
  case ACT_GLOB_DAT:
  case ACT_GOT:
  case ACT_CPLT:
  case ACT_COPY:
    return true;
  default:
    return false;
  }
}

// Takes the decision of one reference that needs_scan picked and
// records what it needs.
static void scan_one(Link *ld, InputFile *f, int sec, const FleReloc *r) {
  char note[NOTE_MAX];
  Site x = {.ld = ld, .file = f, .sec = sec, .rel = r, .notebuf = note};
  if (r->sym < 0 || (size_t)r->sym >= f->obj->nsyms) {
    site_error(&x, "bad symbol index");
    return;
  }
  if (r->type == R_X86_64_RELATIVE) {
    site_error(&x, "only executables may hold R_X86_64_RELATIVE");
    return;
  }
  SymClass cls;
  Action act = decide_site(ld, f, sec, r, is_loaded(f, sec), &cls);
  Symbol *g = f->gsyms[r->sym];
  switch (act) {
  case ACT_ERR_PIC:
  case ACT_ERR_ABS:
  case ACT_ERR_TLS:
    refuse(&x, act);
    return;
  case ACT_PLT:
    need_plt(ld, g);
    return;
  case ACT_GLOB_DAT:
    need_got_slot(ld, f, r->sym, GOT_GLOB_DAT);
    return;
  case ACT_GOT:
    if (!can_relax(ld, f, sec, r))
      need_got_slot(ld, f, r->sym, GOT_ADDR);
    return;
  case ACT_CPLT:
  case ACT_COPY:
    if (act == ACT_CPLT) {
      g->needs |= NEEDS_CPLT;
      need_plt(ld, g);
    } else {
      g->needs |= NEEDS_COPY;
    }
    // Then a reference to a symbol of this image.
    act = decide(output_kind(ld), CLS_LOCAL, ref_kind(f, sec, r));
    if (act == ACT_ERR_PIC)
      refuse(&x, act);
    return;
  default:
    if (is_tls_type(r->type))
      scan_tls(ld, &x);
  }
}

// Takes the decision for every reference: what needs a GOT slot or
// pair, a PLT entry, a copy; which references are errors.
// With several threads, they find the references that need anything
// (needs_scan, which only reads), file by file; the scan proper then
// takes those, in order, on one thread, as the one-thread scan would.
typedef struct {
  Link *ld;
  atomic_size_t next;
  uint64_t **todo; // per file: section << 32 | relocation
  size_t *ntodo, *captodo;
} Scanning;

static void *find_needs(void *arg) {
  Scanning *sc = arg;
  for (size_t i; (i = atomic_fetch_add(&sc->next, 1)) < sc->ld->nfiles;) {
    InputFile *f = sc->ld->files[i];
    for (size_t k = 0; k < f->obj->nsections; k++)
      for (size_t r = 0; r < f->obj->sections[k].nrelocs; r++)
        if (needs_scan(sc->ld, f, (int)k, &f->obj->sections[k].relocs[r])) {
          FLE_GROW(sc->todo[i], sc->captodo[i], sc->ntodo[i] + 1);
          sc->todo[i][sc->ntodo[i]++] = (uint64_t)k << 32 | r;
        }
  }
  return NULL;
}

static void scan_in_parallel(Link *ld) {
  size_t n = ld->nfiles;
  Scanning sc = {.ld = ld, .todo = fle_xcalloc(n, sizeof *sc.todo),
                 .ntodo = fle_xcalloc(n, sizeof *sc.ntodo),
                 .captodo = fle_xcalloc(n, sizeof *sc.captodo)};
  atomic_init(&sc.next, 0);
  on_threads(ld, find_needs, &sc);
  for (size_t i = 0; i < n; i++) {
    for (size_t j = 0; j < sc.ntodo[i]; j++) {
      int k = (int)(sc.todo[i][j] >> 32);
      scan_one(ld, ld->files[i], k, &ld->files[i]->obj->sections[k].relocs[(uint32_t)sc.todo[i][j]]);
    }
    free(sc.todo[i]);
  }
  free(sc.todo);
  free(sc.ntodo);
  free(sc.captodo);
}

void scan_relocations(Link *ld) {
  if (ld->threads > 1 && ld->nfiles >= 64) {
    scan_in_parallel(ld);
  } else {
    for (size_t i = 0; i < ld->nfiles; i++) {
      InputFile *f = ld->files[i];
      for (size_t k = 0; k < f->obj->nsections; k++)
        for (size_t r = 0; r < f->obj->sections[k].nrelocs; r++)
          if (needs_scan(ld, f, (int)k, &f->obj->sections[k].relocs[r]))
            scan_one(ld, f, (int)k, &f->obj->sections[k].relocs[r]);
    }
  }
  allocate_dynamic(ld);
}

// "add" or "section .text": what S is, for the trace.
static const char *trace_name(InputFile *f, int symidx) {
  static char buf[1024];
  const FleSymbol *s = &f->obj->syms[symidx];
  if (s->type == STT_SECTION && s->section >= 0)
    snprintf(buf, sizeof buf, "section %s", f->obj->sections[s->section].name);
  else
    snprintf(buf, sizeof buf, "%s", s->name);
  return buf;
}

static void trace_site(Site *x, uint64_t value) {
  char loc[512], a[32], v[32], bytes[64] = "";
  const FleRelocType *t = fle_reloc_by_type(x->rel->type);
  site_location(x, loc, sizeof loc);
  int width = t ? t->width : 0, n = 0;
  for (int i = 0; i < width && i < 8; i++)
    n += sprintf(bytes + n, "%s%02x", i ? " " : "", x->loc[i]);
  bool pcrel = strstr(x->formula ? x->formula : "", "P") != NULL;
  if (pcrel)
    hex_signed(v, (int64_t)value);
  else
    sprintf(v, "0x%llx", (unsigned long long)value);
  printf("%s %s %s: S=0x%llx A=%s P=0x%llx: %s = %s, bytes %s%s%s%s\n", loc,
         type_name(x->rel->type), trace_name(x->file, x->rel->sym),
         (unsigned long long)x->S, hex_signed(a, x->A),
         (unsigned long long)x->P, x->formula ? x->formula : "?", v, bytes,
         x->note ? " (" : "", x->note ? x->note : "", x->note ? ")" : "");
}

// The symbol a relocation names, for --trace-symbol; NULL for a section.
static const char *reloc_sym_name(InputFile *f, int symidx) {
  const FleSymbol *s = &f->obj->syms[symidx];
  return s->type == STT_SECTION ? NULL : s->name;
}

// What DWARF uses outside the image: addresses (S + A) and offsets in the
// TLS block (DTPOFF).  Anything PC-relative or GOT-based has no meaning
// in bytes that are never loaded.
static bool debug_reloc_ok(uint32_t type) {
  const FleRelocType *t = fle_reloc_by_type(type);
  return t && (t->kind == RK_ABS || t->kind == RK_DTPOFF);
}

// A reference into a merged string section goes where its string went:
// against the section, S + A is the string's new offset plus the offset
// inside it (A picks the string), as in GNU ld.
static void merged_target(Site *x) {
  const FleSymbol *t = &x->file->obj->syms[x->rel->sym];
  OutputSection *m = t->section >= 0 ? x->file->secout[t->section] : NULL;
  if (!m || !m->merged || x->file->gsyms[x->rel->sym])
    return;
  if (t->type == STT_SECTION) {
    x->S = m->addr;
    x->A = (int64_t)merged_offset(m, x->file, t->section, t->value + (uint64_t)x->rel->addend);
  } else {
    x->S = m->addr + merged_offset(m, x->file, t->section, t->value);
  }
}

// Applies one input section's relocations; counts those the trace left
// out without relocs-all: a library's (hidden[0]) and, hundreds to a
// function, those of debugging information (hidden[1]).
static void apply_section(Link *ld, InputFile *f, int k, size_t hidden[2],
                          atomic_bool *failed) {
  FleSection *s = &f->obj->sections[k];
  OutputSection *o = f->secout[k];
  if (!o || !s->nrelocs)
    return;
  Segment *g = o->seg == SEG_NONE ? NULL : &ld->segs[o->seg];
  unsigned what = f->library || !g ? TRACE_RELOCS_ALL : TRACE_RELOCS;
  uint64_t base = input_addr(f, k);
  char note[NOTE_MAX];
  for (size_t r = 0; r < s->nrelocs; r++) {
    const FleReloc *rel = &s->relocs[r];
    Site x = {.ld = ld, .file = f, .sec = k, .rel = rel, .seg = g, .out = o,
              .notebuf = note, .failed = failed};
    x.P = base + rel->offset;
    x.loc = g ? g->data + (x.P - g->vaddr) : o->data + x.P;
    if (!g && !debug_reloc_ok(rel->type)) {
      site_error(&x, "relocation type not supported in a non-allocated section");
      continue;
    }
    x.S = symbol_addr(ld, f, rel->sym);
    x.A = rel->addend;
    merged_target(&x);
    uint64_t value = apply_decided(&x);
    if (tracing(ld, what, reloc_sym_name(f, rel->sym)))
      trace_site(&x, value);
    else
      hidden[!g]++;
  }
}

// A TLS slot's constant, and how the trace names it.
static uint64_t tls_slot_value(Link *ld, GotKind kind, uint64_t S,
                               const char **what) {
  switch (kind) {
  case GOT_TPOFF:
    *what = "tpoff";
    return (uint64_t)tpoff(ld, S);
  case GOT_MODULE:
    *what = "module id of";
    return 1;
  case GOT_DTPOFF:
    *what = "dtpoff";
    return (uint64_t)dtpoff(ld, S);
  default:
    *what = "TLSLD offset 0 for";
    return 0;
  }
}

// Fills the GOT: each address slot holds S (a RELATIVE relocation in a
// PIE or .so); a GLOB_DAT slot is 0 until the loader writes the address
// its lookup finds; TLS slots hold constants.
static void fill_got(Link *ld) {
  Segment *g = &ld->segs[ld->got->seg];
  bool pic = output_kind(ld) != OUT_EXE;
  for (size_t i = 0; i < ld->ngot; i++) {
    InputFile *f = ld->gotfile[i];
    int sym = ld->gotsym[i];
    uint64_t S = symbol_addr(ld, f, sym);
    uint64_t off = ld->got->addr + i * 8 - g->vaddr;
    unsigned long long at = ld->got->addr + i * 8;
    if (ld->gotkind[i] == GOT_GLOB_DAT) {
      add_dynreloc(ld, ld->got->seg, off, R_X86_64_GLOB_DAT, f->gsyms[sym], 0);
      tracef(ld, TRACE_RELOCS, reloc_sym_name(f, sym),
             "got slot %zu at 0x%llx holds %s (R_X86_64_GLOB_DAT: the loader "
             "writes the address it finds)\n", i, at, trace_name(f, sym));
      continue;
    }
    if (ld->gotkind[i] != GOT_ADDR) {
      const char *what;
      char v[32];
      uint64_t value = tls_slot_value(ld, ld->gotkind[i], S, &what);
      put(g->data + off, value, 8);
      tracef(ld, TRACE_RELOCS, reloc_sym_name(f, sym),
             "got slot %zu at 0x%llx holds %s %s = %s\n", i, at, what,
             trace_name(f, sym), hex_signed(v, (int64_t)value));
      continue;
    }
    bool relative = pic && !is_absolute(ld, f, sym);
    if (relative)
      add_segment_relative(g, off, S);
    else
      put(g->data + off, S, 8);
    tracef(ld, TRACE_RELOCS, reloc_sym_name(f, sym),
           "got slot %zu at 0x%llx holds %s = 0x%llx%s\n", i, at,
           trace_name(f, sym), (unsigned long long)S,
           relative ? " (R_X86_64_RELATIVE)" : "");
  }
}

// Relocations of a static executable each write their own bytes and
// nothing else, so with several threads the files are shared out among
// them.  Traces, and the load-time relocations of a PIE or dynamic
// output, are made in order on one thread.
typedef struct {
  Link *ld;
  atomic_size_t next;
  atomic_bool failed;
} Relocating;

static void *relocate_files(void *arg) {
  Relocating *r = arg;
  size_t hidden[2];
  for (size_t i; (i = atomic_fetch_add(&r->next, 1)) < r->ld->nfiles;) {
    InputFile *f = r->ld->files[i];
    for (size_t k = 0; k < f->obj->nsections; k++)
      apply_section(r->ld, f, (int)k, hidden, &r->failed);
  }
  return NULL;
}

static bool relocate_in_parallel(Link *ld) {
  if (ld->threads < 2 || ld->nfiles < 64 || output_kind(ld) != OUT_EXE ||
      is_dynamic(ld) || ld->trace || ld->nfollow)
    return false;
  Relocating r = {.ld = ld};
  atomic_init(&r.next, 0);
  atomic_init(&r.failed, false);
  on_threads(ld, relocate_files, &r);
  return !atomic_load(&r.failed);
}

void apply_relocations(Link *ld) {
  tracef(ld, TRACE_RELOCS, NULL, "== relocations\n");
  size_t hidden[2] = {0, 0};
  if (!relocate_in_parallel(ld))
    for (size_t i = 0; i < ld->nfiles; i++)
      for (size_t k = 0; k < ld->files[i]->obj->nsections; k++)
        apply_section(ld, ld->files[i], (int)k, hidden, NULL);
  for (int d = 0; d < 2; d++)
    if (hidden[d] && (ld->trace & TRACE_RELOCS))
      printf("(%zu relocation%s in %s not shown: --trace=relocs-all "
             "shows them)\n",
             hidden[d], hidden[d] == 1 ? "" : "s", d ? "debug sections" : "libraries");
  fill_got(ld);
  fill_dynamic(ld);
}
