// fle-objdump — objdump -d for FLE files: disassembles the executable
// sections with capstone in AT&T syntax, labelled with symbols and
// annotated with relocations the way `objdump -dr` shows them:
//
//   0000000000000000 <main>:
//      0:	48 8d 3d 00 00 00 00 	leaq   (%rip),%rdi        # 7 <main+0x7>
//   			3: R_X86_64_PC32	.rodata.str1.1-0x4
//
//   fle-objdump -d [-r] FILE...     (-r is implied: FLE relocations are
//                                    always shown; -d -r is objdump -dr)
//   fle-objdump -r FILE...          objdump -r's relocation tables
//                                    (objects; executables have none to
//                                    show but their load-time ones)
//   fle-objdump -h FILE...          objdump -h's section headers; "File
//                                    off" is where the section's first
//                                    line starts in the FLE file
//   fle-objdump -t FILE...          objdump -t's symbol table
//   fle-objdump -R FILE...          objdump -R's dynamic relocations: a
//                                    dynamic module's (or a PIE's)
//                                    load-time relocations
//   fle-objdump -s FILE...          objdump -s's full contents: hex and
//                                    ASCII, 16 bytes a line
//   -M intel                         Intel syntax (capstone's), for -d
//   -j SECTION                       only that section, for -h, -s, -d
//
// Several parts come in objdump's order: -h, -t, -r, -R, -s, -d.  Help is
// --help only: -h is the section headers, as in objdump.
//
// Addresses, bytes (7 per line, the rest on continuation lines), labels,
// branch targets "<sym+0x..>", the "# addr <sym+0x..>" comment on
// %rip-relative operands and the relocation lines follow objdump.  The
// instruction text is capstone's (4.x), brought closer to objdump's: numbers
// in hex, "0x0(%rip)", and the size suffix dropped where objdump drops it
// (a register operand gives the size; call/ret/push/pop/jmp).  Rarer
// spellings can still differ (e.g. capstone's "movabsq").  Executables are disassembled per entry
// of their section table with the X flag (bytes from the segment holding
// it), with their load-time relocations (R_X86_64_RELATIVE).
//
// In an executable or a .so, an address that no symbol starts at but
// where a load-time relocation against a symbol stands -- a GOT slot, a
// PLT entry's .got.plt slot, a word that R_X86_64_64 fills -- is named
// by that symbol, as objdump names it by the dynamic relocation there:
// "jmp *0x2012(%rip)  # 3018 <puts>" (an import: no offset), "# 3010
// <counter-0x10>" (a defined symbol: the distance to it).
#include "inspect.h"

#include <capstone/capstone.h>
#include <ctype.h>
#include <string.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BYTES_PER_LINE 7

// One section to disassemble: its bytes, address, symbols and relocs.
typedef struct {
  const FleFile *f;
  const char *name;
  const uint8_t *data;
  uint64_t addr, size;
  const FleSymbol **syms;   // labels, sorted as objdump sorts them
  size_t nsyms;
  const FleSymbol **all;    // what "<sym+0x..>" may name: the section's
  size_t nall;              // symbols (objects), every symbol (executables)
  const FleReloc *relocs;   // offsets relative to reloc_base
  size_t nrelocs;
  uint64_t reloc_base;      // address of relocs' offset 0
  int skip_chars;           // leading address digits objdump leaves out
  const struct Slot *slots; // load-time relocations against symbols,
  size_t nslots;            // by address (executables)
} Region;

// Where a load-time relocation against a symbol stands.
typedef struct Slot {
  uint64_t addr;
  const FleSymbol *sym;
} Slot;

// What to show, and the disassembler.
typedef struct {
  bool disassemble, relocs, dynrelocs, headers, syms, contents, intel;
  const char **only; // -j: the sections to show (-h, -s, -d), or all
  size_t nonly;
  csh cs;
} Opts;

static Opts opt;

// Whether -j lets section name through.
static bool wanted(const char *name) {
  for (size_t i = 0; i < opt.nonly; i++)
    if (strcmp(opt.only[i], name) == 0)
      return true;
  return opt.nonly == 0;
}

static void usage(FILE *out) {
  fprintf(out, "usage: fle-objdump <option(s)> FILE...\n"
               "  -h, --section-headers    Display the section headers (File off: where the\n"
               "                           section's first line starts in the FLE file)\n"
               "      --headers            An alias for --section-headers\n"
               "  -t, --syms               Display the symbol table\n"
               "  -s, --full-contents      Display the full contents of all sections\n"
               "  -d, --disassemble        Disassemble the executable sections\n"
               "  -r, --reloc              Display the relocation entries (inline with -d)\n"
               "  -R, --dynamic-reloc      Display the dynamic relocation entries (a dynamic\n"
               "                           module's or a PIE's load-time relocations)\n"
               "  -j, --section=NAME       Only section NAME (for -h, -s, -d; may repeat)\n"
               "  -M, --disassembler-options=intel|att\n"
               "                           Intel syntax (capstone's) or AT&T (the default)\n"
               "      --help               Display this information\n");
}

// -------------------------------------------------------------- symbols

// objdump's preference among symbols at one address: a function, an
// object, global, not a section symbol, with a size, not starting with
// '.', then by name (binutils' compare_symbols, plus its preference for
// sized symbols: setjmp over its alias _setjmp).
static int sym_rank(const FleSymbol *s) {
  return (s->type != STT_FUNC) << 5 | (s->type != STT_OBJECT) << 4 |
         (s->bind == STB_LOCAL) << 3 | (s->type == STT_SECTION) << 2 | (s->size == 0) << 1 |
         (s->name[0] == '.');
}

static int cmp_syms(const void *x, const void *y) {
  const FleSymbol *a = *(const FleSymbol *const *)x, *b = *(const FleSymbol *const *)y;
  if (a->value != b->value)
    return a->value < b->value ? -1 : 1;
  int ra = sym_rank(a), rb = sym_rank(b);
  return ra != rb ? ra - rb : strcmp(a->name, b->name);
}

// Symbols of section index sec (objects) or, in executables, of any
// segment lying in [lo, hi], sorted; FILE symbols and empty names are no
// labels.
static const FleSymbol **collect_syms(const FleFile *f, int sec, uint64_t lo, uint64_t hi,
                                      size_t *n) {
  const FleSymbol **v = fle_xmalloc((f->nsyms + 1) * sizeof *v);
  *n = 0;
  for (size_t i = 0; i < f->nsyms; i++) {
    const FleSymbol *s = &f->syms[i];
    bool in = f->kind == FLE_OBJ ? s->section == sec
                                 : s->section >= 0 && s->value >= lo && s->value <= hi;
    if (in && s->type != STT_FILE && s->name[0])
      v[(*n)++] = s;
  }
  qsort(v, *n, sizeof *v, cmp_syms);
  return v;
}

// The best symbol at or before addr, or NULL.
static const FleSymbol *sym_before(const Region *r, uint64_t addr) {
  const FleSymbol *best = NULL;
  for (size_t i = 0; i < r->nall && r->all[i]->value <= addr; i++)
    if (!best || r->all[i]->value != best->value)
      best = r->all[i];
  return best;
}

// The symbol of the first load-time relocation at addr, or NULL.
static const FleSymbol *slot_at(const Region *r, uint64_t addr) {
  size_t lo = 0, hi = r->nslots;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (r->slots[mid].addr < addr)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < r->nslots && r->slots[lo].addr == addr ? r->slots[lo].sym : NULL;
}

// objdump's name for an address a relocation's symbol stands for: the
// symbol, with no offset when it is an import, else the distance to it.
static void print_slot(const FleSymbol *s, uint64_t addr) {
  if (s->section == FLE_UNDEF || s->value == addr)
    printf("<%s>", s->name);
  else if (s->value > addr)
    printf("<%s-0x%" PRIx64 ">", s->name, s->value - addr);
  else
    printf("<%s+0x%" PRIx64 ">", s->name, addr - s->value);
}

// "<main+0x14>" as objdump writes a known address.
static void print_sym_addr(const Region *r, uint64_t addr) {
  const FleSymbol *s = sym_before(r, addr), *slot;
  // .got.plt's reserved words, which PLT[0] reads: objdump names them
  // after _GLOBAL_OFFSET_TABLE_, which FLE does not have.
  if (r->f->pltgot_size && addr >= r->f->pltgot && addr - r->f->pltgot < 24)
    printf("<.got.plt+0x%" PRIx64 ">", addr - r->f->pltgot);
  else if ((!s || s->value != addr) && (slot = slot_at(r, addr)))
    print_slot(slot, addr);
  else if (!s)
    printf("<%s+0x%" PRIx64 ">", r->name, addr - r->addr);
  else if (addr > s->value)
    printf("<%s+0x%" PRIx64 ">", s->name, addr - s->value);
  else
    printf("<%s>", s->name);
}

// ---------------------------------------------------------- instructions

static void print_addr(const Region *r, uint64_t addr) {
  char buf[24];
  snprintf(buf, sizeof buf, "%016" PRIx64, addr);
  char *p = buf + r->skip_chars;
  for (char *q = p; *q == '0' && q[1]; q++)
    *q = ' ';
  printf("%s:\t", p);
}

// objdump prints only as many address digits as the section's end needs,
// rounded to groups of four.
static int skip_chars(uint64_t end) {
  char buf[24];
  snprintf(buf, sizeof buf, "%016" PRIx64, end);
  int n = 0;
  while (buf[n] == '0')
    n++;
  return n ? (n - 1) & -4 : 0;
}

// Capstone writes "a, b", small numbers in decimal and a zero %rip
// displacement not at all; objdump writes "a,b", every number in hex and
// "0x0(%rip)" -- the very field a relocation fills, so it must show.
static void print_operands(const char *ops, int imm_size) {
  int depth = 0, commas = 0; // inside (base,index,scale): registers and scale stay
  for (const char *p = ops; *p; p++) {
    // A negative immediate is shown as the unsigned value of its size.
    if (p[0] == '$' && p[1] == '-' && imm_size > 0 && imm_size < 8) {
      char *end;
      const char *num = p + 2;
      unsigned long long v = strtoull(num, &end, num[0] == '0' && num[1] == 'x' ? 16 : 10);
      printf("$0x%llx", ((1ull << (8 * imm_size)) - v) & ((1ull << (8 * imm_size)) - 1));
      p = end - 1;
      continue;
    }
    bool after_name = p > ops && (isalnum((unsigned char)p[-1]) || p[-1] == '%');
    if (*p == ' ' && p > ops && p[-1] == ',')
      continue;
    if (*p == '(' && (p == ops || p[-1] == ' ' || p[-1] == ',' || p[-1] == '*') &&
        (!strncmp(p, "(%rip)", 6) || p[1] == ','))
      fputs("0x0", stdout); // an encoded zero displacement
    if (*p == '(')
      depth++, commas = 0;
    if (*p == ',' && depth)
      commas++;
    if (*p == ')' && depth) {
      if (commas == 1)
        fputs(",1", stdout); // objdump always shows the scale
      depth--;
    }
    if (isdigit((unsigned char)*p) && !after_name && !depth && strncmp(p, "0x", 2)) {
      char *end;
      unsigned long long v = strtoull(p, &end, 10);
      printf("0x%llx", v);
      p = end - 1;
      continue;
    }
    putchar(*p);
  }
}

// objdump drops the AT&T size suffix when an operand register already
// gives the size, and always for call/ret/push/pop/jmp in 64-bit code.
static const char *mnemonic(const cs_insn *in, char *buf, size_t n) {
  static const char *const plain[] = {
      "mov", "add", "sub", "and", "or", "xor", "cmp", "test", "lea", "shl",
      "shr", "sar", "imul", "inc", "dec", "neg", "not", "adc", "sbb", "xchg"};
  static const char *const always[] = {"call", "ret", "push", "pop", "jmp"};
  size_t len = strlen(in->mnemonic);
  snprintf(buf, n, "%s", in->mnemonic);
  if (len < 2 || !strchr("bwlq", in->mnemonic[len - 1]))
    return buf;
  bool has_reg = false;
  for (int i = 0; i < in->detail->x86.op_count; i++)
    has_reg |= in->detail->x86.operands[i].type == X86_OP_REG;
  for (size_t i = 0; i < sizeof always / sizeof *always; i++)
    if (strlen(always[i]) == len - 1 && !strncmp(buf, always[i], len - 1))
      return buf[len - 1] = '\0', buf;
  for (size_t i = 0; has_reg && i < sizeof plain / sizeof *plain; i++)
    if (strlen(plain[i]) == len - 1 && !strncmp(buf, plain[i], len - 1))
      return buf[len - 1] = '\0', buf;
  return buf;
}

static bool is_branch(const cs_insn *in) {
  const cs_detail *d = in->detail;
  for (int i = 0; i < d->groups_count; i++)
    if (d->groups[i] == CS_GRP_JUMP || d->groups[i] == CS_GRP_CALL)
      return d->x86.op_count == 1 && d->x86.operands[0].type == X86_OP_IMM;
  return false;
}

// A memory operand as objdump -M intel writes it: "[base+index*scale+disp]"
// with the scale always shown and the displacement whenever the
// instruction encodes one (it may be the field a relocation fills), and
// "seg:0x..." for an absolute address.
static void print_intel_mem(const cs_x86 *x, const cs_x86_op *op) {
  const x86_op_mem *m = &op->mem;
  if (m->segment != X86_REG_INVALID)
    printf("%s:", cs_reg_name(opt.cs, m->segment));
  if (m->base == X86_REG_INVALID && m->index == X86_REG_INVALID) {
    printf("%s0x%llx", m->segment == X86_REG_INVALID ? "ds:" : "", (unsigned long long)m->disp);
    return;
  }
  putchar('[');
  if (m->base != X86_REG_INVALID)
    printf("%s", cs_reg_name(opt.cs, m->base));
  if (m->index != X86_REG_INVALID)
    printf("%s%s*%d", m->base != X86_REG_INVALID ? "+" : "", cs_reg_name(opt.cs, m->index),
           m->scale);
  if (x->encoding.disp_size || m->base == X86_REG_INVALID) {
    uint64_t d = (uint64_t)m->disp;
    printf("%c0x%" PRIx64, m->disp < 0 ? '-' : '+', m->disp < 0 ? -d : d);
  }
  putchar(']');
}

// Capstone's Intel text brought to objdump -M intel's: "a,b", memory
// operands rebuilt from the details (print_intel_mem), "DWORD PTR",
// numbers in hex, and a negative immediate as the unsigned value of its
// size.
static void print_intel_operands(const cs_x86 *x, const char *ops, int imm_size) {
  int depth = 0, nmem = 0;
  for (const char *p = ops; *p; p++) {
    // "fs:[...]", "[...]": the whole operand comes from the details.
    const char *open = strchr("cdefgs", *p) && p[1] == 's' && p[2] == ':' && p[3] == '[' ? p + 3
                       : *p == '['                                                   ? p
                                                                                     : NULL;
    if (open && (p == ops || !isalnum((unsigned char)p[-1]))) {
      const cs_x86_op *op = NULL;
      for (int i = 0, k = 0; i < x->op_count && !op; i++)
        if (x->operands[i].type == X86_OP_MEM && k++ == nmem)
          op = &x->operands[i];
      const char *close = strchr(open, ']');
      if (op && close) {
        print_intel_mem(x, op);
        nmem++;
        p = close;
        continue;
      }
    }
    bool after_name = p > ops && (isalnum((unsigned char)p[-1]) || p[-1] == '_');
    if (*p == ' ' && (p[1] == '+' || p[1] == '-' || p[-1] == '+' || p[-1] == '-') && depth)
      continue;
    if (*p == ' ' && p > ops && p[-1] == ',')
      continue;
    if (!strncmp(p, " ptr ", 5)) {
      fputs(" PTR ", stdout);
      p += 4;
      continue;
    }
    if (*p == '[')
      depth++;
    if (*p == ']' && depth) {
      depth--;
      if (!strncmp(p - 4, "[rip", 4))
        fputs("+0x0", stdout);
    }
    if (!depth && *p == '-' && imm_size > 0 && imm_size < 8 && isdigit((unsigned char)p[1])) {
      char *end;
      unsigned long long v = strtoull(p + 1, &end, 0), mask = (1ull << (8 * imm_size)) - 1;
      printf("0x%llx", (mask + 1 - v) & mask);
      p = end - 1;
      continue;
    }
    if (!depth && *p == '-' && imm_size == 8 && isdigit((unsigned char)p[1])) {
      char *end;
      unsigned long long v = strtoull(p + 1, &end, 0);
      printf("0x%llx", -v);
      p = end - 1;
      continue;
    }
    if (isdigit((unsigned char)*p) && !after_name && strncmp(p, "0x", 2) && p[-1] != '*') {
      char *end;
      printf("0x%llx", strtoull(p, &end, 10));
      p = end - 1;
      continue;
    }
    if (!strncmp(p, "xword ptr", 9) && (p == ops || p[-1] == ' ')) {
      fputs("TBYTE", stdout); // capstone's name for the 80-bit x87 operand
      p += 4;
      continue;
    }
    if (isalpha((unsigned char)*p) && (p == ops || !isalnum((unsigned char)p[-1])) &&
        (!strncmp(p, "byte ", 5) || !strncmp(p, "word ", 5) || !strncmp(p, "dword ", 6) ||
         !strncmp(p, "qword ", 6) || !strncmp(p, "xmmword ", 8) || !strncmp(p, "ymmword ", 8) ||
         !strncmp(p, "tbyte ", 6))) {
      for (; *p != ' '; p++)
        putchar(toupper((unsigned char)*p));
      p--;
      continue;
    }
    putchar(*p);
  }
}

static void print_text(const Region *r, const cs_insn *in) {
  char mn[32];
  if (opt.intel)
    snprintf(mn, sizeof mn, "%s", in->mnemonic);
  if (!in->op_str[0]) {
    printf("%s", opt.intel ? mn : mnemonic(in, mn, sizeof mn));
    return;
  }
  printf("%-6s ", opt.intel ? mn : mnemonic(in, mn, sizeof mn));
  if (is_branch(in)) {
    uint64_t target = (uint64_t)in->detail->x86.operands[0].imm;
    printf("%" PRIx64 " ", target);
    print_sym_addr(r, target);
    return;
  }
  const cs_x86 *x = &in->detail->x86;
  int imm_size = 0;
  for (int i = 0; i < x->op_count; i++)
    if (x->operands[i].type == X86_OP_IMM)
      imm_size = x->operands[i].size;
  if (opt.intel)
    print_intel_operands(x, in->op_str, imm_size);
  else
    print_operands(in->op_str, imm_size);
  for (int i = 0; i < x->op_count; i++)
    if (x->operands[i].type == X86_OP_MEM && x->operands[i].mem.base == X86_REG_RIP) {
      uint64_t target = in->address + in->size + (uint64_t)x->operands[i].mem.disp;
      printf("        # %" PRIx64 " ", target);
      print_sym_addr(r, target);
    }
}

static void print_bytes(const uint8_t *p, size_t n, bool pad) {
  for (size_t i = 0; i < n; i++)
    printf("%02x ", p[i]);
  for (size_t i = n; pad && i < BYTES_PER_LINE; i++)
    printf("   ");
}

// Relocation lines for relocs starting before end; *next advances.
static void print_relocs(const Region *r, uint64_t end, size_t *next) {
  for (; *next < r->nrelocs && r->reloc_base + r->relocs[*next].offset < end; ++*next) {
    const FleReloc *q = &r->relocs[*next];
    printf("\t\t\t%" PRIx64 ": %s\t", r->reloc_base + q->offset - r->addr,
           fle_elf_reloc_name(q->type));
    printf("%s", q->sym >= 0 ? r->f->syms[q->sym].name : "*ABS*");
    uint64_t a = (uint64_t)q->addend;
    if (q->addend)
      printf("%s0x%" PRIx64, q->addend < 0 ? "-" : "+", q->addend < 0 ? -a : a);
    printf("\n");
  }
}

// Disassembles one instruction at off (at most len bytes) and prints it;
// returns its length.
static size_t one_insn(const Region *r, uint64_t off, uint64_t len, cs_insn *in) {
  const uint8_t *code = r->data + off;
  size_t n = len;
  uint64_t addr = r->addr + off;
  print_addr(r, addr);
  if (!cs_disasm_iter(opt.cs, &code, &n, &addr, in)) {
    print_bytes(r->data + off, 1, true);
    printf("\t(bad)\n");
    return 1;
  }
  size_t size = in->size, first = size < BYTES_PER_LINE ? size : BYTES_PER_LINE;
  print_bytes(r->data + off, first, true);
  printf("\t");
  print_text(r, in);
  printf("\n");
  for (size_t done = first; done < size; done += BYTES_PER_LINE) {
    print_addr(r, r->addr + off + done);
    print_bytes(r->data + off + done, size - done < BYTES_PER_LINE ? size - done : BYTES_PER_LINE,
                false);
    printf("\n");
  }
  return size;
}

static void disassemble(Region *r) {
  printf("\nDisassembly of section %s:\n", r->name);
  r->skip_chars = skip_chars(r->addr + r->size);
  cs_insn *in = cs_malloc(opt.cs);
  size_t next_sym = 0, next_reloc = 0;
  uint64_t off = 0;
  while (off < r->size) {
    // A label at each new symbol address; the first one at the start.
    uint64_t addr = r->addr + off;
    bool label = off == 0;
    while (next_sym < r->nsyms && r->syms[next_sym]->value <= addr) {
      label |= r->syms[next_sym]->value == addr;
      next_sym++;
    }
    if (label) {
      printf("\n%016" PRIx64 " ", addr);
      print_sym_addr(r, addr);
      printf(":\n");
    }
    // Like objdump, never decode across the next label.
    uint64_t stop = next_sym < r->nsyms ? r->syms[next_sym]->value - r->addr : r->size;
    off += one_insn(r, off, stop - off, in);
    print_relocs(r, r->addr + off, &next_reloc);
  }
  cs_free(in, 1);
  if (r->all != r->syms)
    free(r->all);
  free(r->syms);
}

// ---------------------------------------------------------------- files

static void disassemble_obj(const FleFile *f) {
  for (size_t i = 0; i < f->nsections; i++) {
    const FleSection *s = &f->sections[i];
    if (!(s->flags & SHF_EXECINSTR) || !s->data || !wanted(s->name))
      continue;
    Region r = {.f = f, .name = s->name, .data = s->data, .size = s->size,
                .relocs = s->relocs, .nrelocs = s->nrelocs};
    r.syms = r.all = collect_syms(f, (int)i, 0, 0, &r.nsyms);
    r.nall = r.nsyms;
    disassemble(&r);
  }
}

static void disassemble_range(const FleFile *f, const char *name, uint64_t addr, uint64_t size,
                              const Slot *slots, size_t nslots) {
  int g = inspect_exe_segment_at(f, addr);
  if (g < 0)
    return;
  const FleSegment *seg = &f->segments[g];
  uint64_t off = addr - seg->vaddr;
  if (off >= seg->filesz)
    return;
  if (size > seg->filesz - off)
    size = seg->filesz - off;
  Region r = {.f = f, .name = name, .data = seg->data + off, .addr = addr, .size = size,
              .relocs = seg->relocs, .nrelocs = seg->nrelocs, .reloc_base = seg->vaddr,
              .slots = slots, .nslots = nslots};
  r.syms = collect_syms(f, -1, addr, addr + size - 1, &r.nsyms);
  r.all = collect_syms(f, -1, 0, UINT64_MAX, &r.nall);
  // Relocations before this range are not ours.
  while (r.nrelocs && seg->vaddr + r.relocs->offset < addr)
    r.relocs++, r.nrelocs--;
  disassemble(&r);
}

static int cmp_slots(const void *x, const void *y) {
  const Slot *a = x, *b = y;
  return (a->addr > b->addr) - (a->addr < b->addr);
}

// Every load-time relocation against a symbol, by address (a stable
// order: the first one at an address names it, as in the file).
// Absolute symbols name nothing, as in objdump.
static Slot *collect_slots(const FleFile *f, size_t *n) {
  size_t cap = 1;
  for (size_t i = 0; i < f->nsegments; i++)
    cap += f->segments[i].nrelocs;
  Slot *v = fle_xmalloc(cap * sizeof *v);
  *n = 0;
  for (size_t i = 0; i < f->nsegments; i++)
    for (size_t k = 0; k < f->segments[i].nrelocs; k++) {
      const FleReloc *q = &f->segments[i].relocs[k];
      if (q->sym >= 0 && f->syms[q->sym].section != FLE_ABS)
        v[(*n)++] = (Slot){f->segments[i].vaddr + q->offset, &f->syms[q->sym]};
    }
  for (size_t i = 1; i < *n; i++) // insertion sort: stable, mostly in order
    for (size_t k = i; k && cmp_slots(&v[k - 1], &v[k]) > 0; k--) {
      Slot t = v[k];
      v[k] = v[k - 1], v[k - 1] = t;
    }
  return v;
}

static void disassemble_exe(const FleFile *f) {
  bool any = false;
  size_t nslots;
  Slot *slots = collect_slots(f, &nslots);
  for (size_t i = 0; i < f->nsections; i++)
    if (f->sections[i].flags & SHF_EXECINSTR && wanted(f->sections[i].name)) {
      disassemble_range(f, f->sections[i].name, f->sections[i].addr, f->sections[i].size, slots,
                        nslots);
      any = true;
    }
  // Without a section table, the executable segments themselves.
  for (size_t i = 0; !any && !opt.nonly && i < f->nsegments; i++)
    if (f->segments[i].flags & PF_X)
      disassemble_range(f, f->segments[i].name, f->segments[i].vaddr, f->segments[i].filesz,
                        slots, nslots);
  free(slots);
}

// ---------------------------------------------------------------- -r

// objdump's relocation rows: OFFSET TYPE VALUE.
static void reloc_rows(const FleFile *f, const FleReloc *v, size_t n) {
  for (size_t i = 0; i < n; i++) {
    uint64_t a = (uint64_t)v[i].addend;
    printf("%016" PRIx64 " %-16s  %s", v[i].offset, fle_elf_reloc_name(v[i].type),
           v[i].sym >= 0 ? f->syms[v[i].sym].name : "*ABS*");
    if (v[i].addend)
      printf("%c0x%016" PRIx64, v[i].addend < 0 ? '-' : '+', v[i].addend < 0 ? -a : a);
    printf("\n");
  }
}

static void reloc_table(const FleFile *f, const char *name, const FleReloc *v, size_t n) {
  printf("RELOCATION RECORDS FOR [%s]:\nOFFSET           TYPE              VALUE\n", name);
  reloc_rows(f, v, n);
  printf("\n\n");
}

// A segment's relocations with their offsets made addresses (caller
// frees).
static FleReloc *segment_relocs(const FleSegment *g) {
  FleReloc *v = fle_xmalloc((g->nrelocs + 1) * sizeof *v);
  for (size_t k = 0; k < g->nrelocs; k++)
    v[k] = g->relocs[k], v[k].offset += g->vaddr;
  return v;
}

static void show_relocs(const FleFile *f) {
  for (size_t i = 0; i < f->nsections; i++)
    if (f->sections[i].nrelocs)
      reloc_table(f, f->sections[i].name, f->sections[i].relocs, f->sections[i].nrelocs);
  // Executables: segment offsets made addresses, like objdump -R.
  for (size_t i = 0; i < f->nsegments; i++) {
    FleReloc *v = segment_relocs(&f->segments[i]);
    if (f->segments[i].nrelocs)
      reloc_table(f, f->segments[i].name, v, f->segments[i].nrelocs);
    free(v);
  }
}

// ---------------------------------------------------------------- -R

// objdump -R: every segment's load-time relocations in one list.  What
// ELF would give a dynamic section -- a dynamic module, a PIE -- has
// them (perhaps none); anything else is "not a dynamic object".
static void show_dynrelocs(const FleFile *f, const char *shown) {
  if (f->kind != FLE_EXE || !(fle_is_dynamic(f) || f->pie)) {
    fle_errorf("%s: not a dynamic object", shown);
    return;
  }
  size_t n = 0;
  for (size_t i = 0; i < f->nsegments; i++)
    n += f->segments[i].nrelocs;
  if (!n) {
    printf("DYNAMIC RELOCATION RECORDS (none)\n\n");
    return;
  }
  printf("DYNAMIC RELOCATION RECORDS\nOFFSET           TYPE              VALUE\n");
  for (size_t i = 0; i < f->nsegments; i++) {
    FleReloc *v = segment_relocs(&f->segments[i]);
    reloc_rows(f, v, f->segments[i].nrelocs);
    free(v);
  }
  printf("\n\n");
}

// ---------------------------------------------------------------- -h

static bool zero_filled(const FleFile *f, const FleSection *s) {
  return f->kind == FLE_EXE ? s->size && inspect_exe_is_zero_fill(f, s->addr)
                            : s->type == SHT_NOBITS;
}

// objdump's words for a section's BFD flags, in its order.
static void section_flags(const FleFile *f, const FleSection *s, char *out, size_t n) {
  bool contents = !zero_filled(f, s);
  if (!(s->flags & SHF_ALLOC)) { // debugging information, as BFD names it
    snprintf(out, n, "CONTENTS, %sREADONLY, DEBUGGING, OCTETS", s->nrelocs ? "RELOC, " : "");
    return;
  }
  snprintf(out, n, "%s%s%s%s%s%s%s", contents ? "CONTENTS, " : "", "ALLOC",
           contents ? ", LOAD" : "", s->nrelocs ? ", RELOC" : "",
           !(s->flags & SHF_WRITE) ? ", READONLY" : "",
           !contents ? "" : s->flags & SHF_EXECINSTR ? ", CODE" : ", DATA",
           s->flags & SHF_TLS ? ", THREAD_LOCAL" : "");
}

static int log2u(uint64_t a) {
  int k = 0;
  while (a > 1)
    a >>= 1, k++;
  return k;
}

static void show_headers(const FleFile *f) {
  printf("Sections:\n"
         "Idx Name          Size      VMA               LMA               File off  Algn\n");
  for (size_t i = 0; i < f->nsections; i++) {
    const FleSection *s = &f->sections[i];
    char flags[128];
    if (!wanted(s->name))
      continue;
    section_flags(f, s, flags, sizeof flags);
    printf("%3zu %-13s %08" PRIx64 "  %016" PRIx64 "  %016" PRIx64 "  %08zx  2**%d\n"
           "                  %s\n",
           i, s->name, s->size, s->addr, s->addr, s->text_offset, log2u(s->align), flags);
  }
}

// ---------------------------------------------------------------- -t

// objdump's seven flag characters: scope, weak, -, -, ifunc, debugging
// (FILE and SECTION symbols), kind (F function, f file, O object).
static void sym_flags(const FleSymbol *s, char out[8]) {
  bool defined = s->section != FLE_UNDEF && s->section != FLE_COMMON;
  out[0] = !defined || s->bind == STB_WEAK ? ' ' : s->bind == STB_LOCAL ? 'l' : 'g';
  out[1] = s->bind == STB_WEAK ? 'w' : ' ';
  out[2] = out[3] = ' ';
  out[4] = s->type == STT_GNU_IFUNC ? 'i' : ' ';
  out[5] = s->type == STT_FILE || s->type == STT_SECTION ? 'd' : ' ';
  out[6] = s->type == STT_FUNC || s->type == STT_GNU_IFUNC ? 'F'
           : s->type == STT_FILE                           ? 'f'
           : s->type == STT_OBJECT || s->type == STT_COMMON ? 'O'
                                                            : ' ';
  out[7] = '\0';
}

static const char *sym_section(const FleFile *f, const FleSymbol *s) {
  int sec = s->section;
  if (sec == FLE_UNDEF)
    return "*UND*";
  if (sec == FLE_COMMON)
    return "*COM*";
  if (f->kind == FLE_EXE && sec >= 0)
    sec = inspect_exe_section_at(f, s->value);
  return sec >= 0 ? f->sections[sec].name : "*ABS*";
}

static void show_syms(const FleFile *f) {
  static const char *const vis[] = {"", ".internal ", ".hidden ", ".protected "};
  size_t *order = inspect_symbol_order(f, NULL);
  printf("SYMBOL TABLE:\n");
  for (size_t k = 0; k < f->nsyms; k++) {
    const FleSymbol *s = &f->syms[order[k]];
    char flags[8];
    sym_flags(s, flags);
    // COMMON symbols, as objdump shows them: the size first, then the
    // alignment (which FLE keeps in value, as ELF's st_value).
    bool common = s->section == FLE_COMMON;
    printf("%016" PRIx64 " %s %s\t%016" PRIx64 " %s%s\n", common ? s->size : s->value, flags,
           sym_section(f, s), common ? s->value : s->size, vis[s->vis & 3], s->name);
  }
  printf("\n\n");
  free(order);
}

// ---------------------------------------------------------------- -s

// objdump's address width: the digits of the section's first and last
// addresses, at least four.
static int addr_width(uint64_t lo, uint64_t hi) {
  int w = 4;
  for (uint64_t a = lo > hi ? lo : hi; a >> (4 * w); )
    w++;
  return w;
}

static void show_contents(const FleFile *f) {
  for (size_t i = 0; i < f->nsections; i++) {
    const FleSection *s = &f->sections[i];
    uint64_t len;
    const uint8_t *p = inspect_section_bytes(f, s, &len);
    if (!len || !wanted(s->name))
      continue;
    printf("Contents of section %s:\n", s->name);
    int w = addr_width(s->addr, s->addr + len - 1);
    for (uint64_t at = 0; at < len; at += 16) {
      printf(" %0*" PRIx64 " ", w, s->addr + at);
      for (uint64_t j = at; j < at + 16; j++) {
        if (j < len)
          printf("%02x", p[j]);
        else
          printf("  ");
        if ((j & 3) == 3)
          putchar(' ');
      }
      putchar(' ');
      for (uint64_t j = at; j < at + 16; j++)
        putchar(j >= len ? ' ' : p[j] >= ' ' && p[j] < 0x7f ? p[j] : '.');
      putchar('\n');
    }
  }
}

// ---------------------------------------------------------------- main

static void dump(const FleFile *f, const char *shown) {
  printf("\n%s:     file format fle-x86-64\n\n", shown);
  if (opt.headers)
    show_headers(f);
  if (opt.syms)
    show_syms(f);
  if (opt.relocs && !opt.disassemble)
    show_relocs(f);
  if (opt.dynrelocs && !opt.disassemble)
    show_dynrelocs(f, shown);
  if (opt.contents)
    show_contents(f);
  if (opt.disassemble && f->kind == FLE_OBJ)
    disassemble_obj(f);
  else if (opt.disassemble)
    disassemble_exe(f);
}

static void dump_path(const char *path) {
  FleFile *f = inspect_read(path);
  if (!f)
    return;
  if (f->kind == FLE_AR) {
    printf("In archive %s:\n", path);
    for (size_t i = 0; i < f->nmembers; i++)
      dump(f->members[i], f->members[i]->path);
  } else {
    dump(f, path);
  }
  fle_free(f);
}

static void set_syntax(const char *arg) {
  if (strcmp(arg, "intel") == 0)
    opt.intel = true;
  else if (strcmp(arg, "att") == 0)
    opt.intel = false;
  else
    fle_fatal("unrecognised disassembler option: %s (want intel or att)", arg);
}

int main(int argc, char **argv) {
  static const struct option longs[] = {
      {"disassemble", no_argument, 0, 'd'},     {"reloc", no_argument, 0, 'r'},
      {"dynamic-reloc", no_argument, 0, 'R'},
      {"section-headers", no_argument, 0, 'h'}, {"headers", no_argument, 0, 'h'},
      {"syms", no_argument, 0, 't'},            {"full-contents", no_argument, 0, 's'},
      {"disassembler-options", required_argument, 0, 'M'},
      {"section", required_argument, 0, 'j'},
      {"help", no_argument, 0, 'H'},            {0, 0, 0, 0},
  };
  fle_tool = "fle-objdump";
  size_t cap_only = 0;
  for (int c; (c = getopt_long(argc, argv, "drRhtsM:j:", longs, NULL)) != -1;) {
    switch (c) {
    case 'd': opt.disassemble = true; break;
    case 'r': opt.relocs = true; break;
    case 'R': opt.dynrelocs = true; break;
    case 'h': opt.headers = true; break;
    case 't': opt.syms = true; break;
    case 's': opt.contents = true; break;
    case 'M': set_syntax(optarg); break;
    case 'j':
      FLE_GROW(opt.only, cap_only, opt.nonly + 1);
      opt.only[opt.nonly++] = optarg;
      break;
    case 'H': usage(stdout); return 0;
    default: usage(stderr); return 1;
    }
  }
  if (!(opt.disassemble || opt.relocs || opt.dynrelocs || opt.headers || opt.syms ||
        opt.contents) ||
      optind == argc) {
    usage(stderr);
    return 1;
  }
  if (cs_open(CS_ARCH_X86, CS_MODE_64, &opt.cs) != CS_ERR_OK)
    fle_fatal("cannot initialise capstone");
  cs_option(opt.cs, CS_OPT_SYNTAX, opt.intel ? CS_OPT_SYNTAX_INTEL : CS_OPT_SYNTAX_ATT);
  cs_option(opt.cs, CS_OPT_DETAIL, CS_OPT_ON);
  for (int i = optind; i < argc; i++)
    dump_path(argv[i]);
  cs_close(&opt.cs);
  free(opt.only);
  return fle_error_count() ? 1 : 0;
}
