// ld.h — the shared vocabulary of fle-ld, the FLE linker.
//
// The linker works on libfle's model (fle.h): every input object stays an
// FleFile, and the output is one FleFile of kind FLE_EXE (an executable,
// or a shared library: FleFile.shared).  This header adds only what a
// linker needs on top of that:
//
//   InputFile      a live object (a command-line object or a pulled archive
//                  member) with, per section, where it landed in the output;
//                  or a shared library given as input (its exports define
//                  symbols, nothing of it is copied)
//   Symbol         one entry of the global symbol table: the winner of
//                  resolution for one name (locals never enter it)
//   OutputSection  the output sections (.text, .rodata, .data, .bss, ...)
//                  made of input "pieces"
//   Link           the whole link: options, inputs, symbols, output
//
// Each pass lives in its own file; main.c lists them in order.
#ifndef LD_H
#define LD_H

#include "fle.h"

#include <time.h>

#define LD_PAGE 0x1000ull
// Where a non-PIE image starts.  The first page stays unmapped, as with
// GNU ld's headers, so the first segment is at 0x401000; __executable_start
// is this base.  A PIE is linked at base 0, its first segment at 0x1000.
#define LD_BASE 0x400000ull

typedef struct InputFile InputFile;
typedef struct Symbol Symbol;
typedef struct OutputSection OutputSection;
typedef struct Merged Merged;
typedef struct SourceLines SourceLines;

// ------------------------------------------------------------ inputs

struct InputFile {
  FleFile *obj;        // the object (owned by its archive when a member)
  char *name;          // "main.fle" or "libm.a(sqrt.fle)", for messages:
                       // as the user named it (-lm names libm.a)
  bool library;        // an archive member or found by -l: not the
                       // user's own code (--trace hides its relocations)
  Symbol **gsyms;      // per obj->syms: its global Symbol, NULL for locals
  OutputSection **secout; // per section: its output section (NULL = dropped)
  uint64_t *secoff;    // per section: offset inside its output section
  int *gotslot;        // per local symbol: GOT slot + 1 (lazily allocated)
  int *tpoffslot;      // per local symbol: slot holding its tpoff (GOTTPOFF)
  int *tlsgdslot;      // per local symbol: first slot of its TLSGD pair
  SourceLines *lines;  // its DWARF, read for an error message (srcline.c)
  bool shared;         // a shared library (.so): not in Link.files but in
                       // Link.dsos; obj->syms give its exports and imports
  char *needed;        // shared: the name the output's "needed" records
};

// One command-line item, in order.
typedef enum { ARG_FILE, ARG_LIB, ARG_GROUP_START, ARG_GROUP_END } ArgKind;
typedef struct {
  ArgKind kind;
  const char *value;
  const char *name;    // --input-name: what messages call it, or NULL
  char *found;         // ARG_LIB: the path -L search found (owned)
} InputArg;

typedef struct {
  FleFile *ar;
  char *path;          // as the user named it, for messages
  bool *pulled;        // per member
} Archive;

// What --trace prints: a set of these sections (--trace=inputs,relocs).
// Each section speaks of the user's own objects in full and summarises
// what happens inside libraries (archive members, files found by -l);
// its -all form (relocs-all ...) lists that too.
enum {
  TRACE_INPUTS = 1,       // each input, archive members pulled, a count of
                          // those left out
  TRACE_RESOLVE = 2,      // symbol decisions, COMMON placement, final values
  TRACE_LAYOUT = 4,       // output sections, segments, the TLS template
  TRACE_RELOCS = 8,       // relocations in the user's objects, GOT slots
  TRACE_INPUTS_ALL = 16,  // each member left out, by name
  TRACE_RESOLVE_ALL = 32, // decisions between libraries, their symbols' values
  TRACE_LAYOUT_ALL = 64,  // each piece of a library in the output sections
  TRACE_RELOCS_ALL = 128, // relocations inside libraries
  TRACE_DEFAULT = TRACE_INPUTS | TRACE_RESOLVE | TRACE_LAYOUT | TRACE_RELOCS,
};

// ----------------------------------------------------------- symbols

typedef enum {
  SYM_UNDEF,     // only referenced so far
  SYM_DEFINED,   // defined in a section of file (or absolute)
  SYM_COMMON,    // COMMON: size/align merged, placed in .bss by layout
  SYM_LINKER,    // defined by the linker (__bss_start, _end, ...)
  SYM_SHARED,    // defined by a shared library (file->shared): an import
} SymState;

// What the relocation scan found a symbol needs (mold's NEEDS_* flags);
// dynamic.c then allocates the slots.
enum {
  NEEDS_GOT = 1,      // a GOT slot holding S (RELATIVE when it moves)
  NEEDS_GLOB_DAT = 2, // a GOT slot the loader fills: R_X86_64_GLOB_DAT
  NEEDS_PLT = 4,      // a PLT entry and its .got.plt slot (JUMP_SLOT)
  NEEDS_CPLT = 8,     // the PLT entry is the symbol's address (canonical)
  NEEDS_COPY = 16,    // a copy in the executable's .bss (R_X86_64_COPY)
  NEEDS_EXPORT = 32,  // the executable exports it (a library imports it)
};

struct Symbol {
  const char *name;    // points into an input's model, never copied
  SymState state;
  uint8_t bind;        // STB_GLOBAL / STB_WEAK (of the definition, or of
                       // the strongest reference while undefined)
  InputFile *file;     // defining file (DEFINED, COMMON)
  int index;           // the definition's index in file->obj->syms
  InputFile *reffile;  // first file that referenced it (for messages)
  uint64_t size, align; // COMMON
  uint64_t addr;       // after layout
  OutputSection *osec; // COMMON and linker symbols: where they live
  int gotslot;         // GOT slot + 1, 0 = none
  int tpoffslot;       // GOTTPOFF: slot holding tpoff(S), + 1
  int tlsgdslot;       // TLSGD: first slot of {module, dtpoff(S)}, + 1
  bool absolute;       // a value that is no address: SYM_LINKER's
                       // __tls_memsz ..., or DEFINED in FLE_ABS (no
                       // RELATIVE in a PIE)
  size_t order;        // creation order, for stable output
  bool used;           // referenced by an object (an import to write)
  uint8_t vis;         // STV_*: the most constraining of all its mentions
  unsigned needs;      // NEEDS_*
  int pltslot;         // PLT entry (and .got.plt slot) + 1, 0 = none
  uint64_t copyalign;  // NEEDS_COPY: alignment of its .bss copy
};

// The kind of output: the first column of the decision table.
typedef enum { OUT_EXE, OUT_PIE, OUT_SHARED } OutputKind;


// ----------------------------------------------------------- output

// SEG_NONE: a non-allocated output section (debugging information),
// outside every segment, with its own bytes and addresses from 0.
typedef enum { SEG_TEXT, SEG_RODATA, SEG_DATA, SEG_COUNT, SEG_NONE = SEG_COUNT } SegKind;

// What one 8-byte GOT slot holds, for a symbol S.
typedef enum {
  GOT_ADDR,     // S (a RELATIVE relocation in a PIE)
  GOT_TPOFF,    // tpoff(S): GOTTPOFF (initial exec)
  GOT_MODULE,   // 1, the module id: first word of a TLSGD/TLSLD pair
  GOT_DTPOFF,   // dtpoff(S): second word of a TLSGD pair
  GOT_ZERO,     // 0: second word of the TLSLD pair
  GOT_GLOB_DAT, // S as the loader finds it: R_X86_64_GLOB_DAT
} GotKind;

typedef struct {
  InputFile *file;
  int sec;             // section index in file->obj
  uint64_t offset;     // inside the output section
} Piece;

struct OutputSection {
  char *name;
  SegKind seg;
  int rank;            // order inside its segment
  uint32_t type;
  uint64_t flags, align, size, entsize;
  uint64_t addr;       // virtual address after layout (SEG_NONE: 0, so a
                       // symbol's address in it is its offset)
  uint8_t *data;       // SEG_NONE only: size bytes, patched by reloc
  Merged *merged;      // a debug string section whose strings are merged
  FleReloc *relocs;    // SEG_NONE in a PIE: R_X86_64_RELATIVE of the
  size_t nrelocs, caprelocs; // addresses in it, for tools that move it
  Piece *pieces;
  size_t npieces, cappieces;
  bool keep;           // has a name linker symbols refer to even if empty
};

typedef struct {
  const char *name;    // "text", "rodata", "data"
  uint32_t flags;      // PF_*
  uint64_t vaddr, memsz, filesz;
  uint8_t *data;       // filesz bytes, filled by output, patched by reloc
  FleReloc *relocs;    // PIE: R_X86_64_RELATIVE, offsets in segment
  size_t nrelocs, caprelocs;
} Segment;

// A load-time relocation against a symbol (GLOB_DAT, JUMP_SLOT, 64,
// COPY), kept apart from a segment's RELATIVE lines until the output's
// symbol table says what index the symbol gets.
typedef struct {
  SegKind seg;
  uint64_t offset;     // in the segment
  uint32_t type;
  Symbol *sym;
  int64_t addend;
} DynReloc;

typedef struct {
  // options
  const char *output;
  const char *entry;
  const char *interp;
  const char *mapfile;
  bool pie;            // -pie (OUT_PIE unless -shared)
  bool shared;         // -shared (output_kind says which)
  const char *soname;  // -soname
  const char **rpath;  // -rpath, in order (recorded when dynamic)
  size_t nrpath, caprpath;
  bool bsymbolic;      // -Bsymbolic: a .so binds its own symbols
  bool export_dynamic; // -E
  bool zdefs;          // -z defs: no undefined symbol in a .so
  bool znow;           // -z now: the loader binds every PLT slot at start
  bool static_only;    // -static: -l finds only archives
  unsigned trace;      // TRACE_* sections to print
  const char **follow; // --trace-symbol / -y: symbols followed throughout
  size_t nfollow, capfollow;
  int threads;         // for reading inputs
  bool timing;         // --time
  struct timespec pass_start; // when the current pass began
  const char **libdirs;
  size_t nlibdirs, caplibdirs;
  InputArg *args;
  size_t nargs, capargs;
  const char *next_name; // --input-name, waiting for its input

  // inputs, in link order
  InputFile **files;
  size_t nfiles, capfiles;
  Archive **archives;
  size_t narchives, caparchives;
  FleFile **loaded;    // every file read, freed at the end
  size_t nloaded, caploaded;
  InputFile **dsos;    // shared libraries, in command-line order
  size_t ndsos, capdsos;

  // the global symbol table
  FleMap symmap;       // name -> index into syms
  Symbol **syms;
  size_t nsyms, capsyms;

  // output
  OutputSection **osecs;
  size_t nosecs, caposecs;
  FleMap osecmap;      // name -> index into osecs: thousands of distinct
                       // section names must not mean a scan per section
  OutputSection *got;  // .got, created when needed
  InputFile **gotfile; // per GOT slot: a file and symbol index naming
  int *gotsym;         // what the slot holds,
  GotKind *gotkind;    // and which value of that symbol
  size_t ngot, capgot;
  int tlsldslot;       // TLSLD: first slot of the module pair {1, 0}, + 1
  OutputSection *plt;  // .plt: 16 bytes per entry (dynamic.c)
  OutputSection *gotplt; // .got.plt: one JUMP_SLOT word per entry
  Symbol **pltsyms;    // per PLT entry: its symbol
  size_t nplt, capplt;
  char *pltnames;      // "puts@plt\0..." for the output's labels
  Symbol **copies;     // symbols copied into .bss (R_X86_64_COPY)
  size_t ncopies, capcopies;
  DynReloc *dynrelocs; // load-time relocations against symbols
  size_t ndynrelocs, capdynrelocs;

  // The TLS template (spec/FLE.md §5.1): .tdata then .tbss, laid out
  // from tls_start; present when some input has a TLS section.
  OutputSection *tdata, *tbss;
  bool has_tls;
  uint64_t tls_start, tls_filesz, tls_memsz, tls_align;
  Segment segs[SEG_COUNT];
  uint64_t base;
  uint64_t entry_addr;
} Link;

// input.c: read every input in order, pulling archive members on demand.
void read_inputs(Link *ld);
InputFile *new_input_file(Link *ld, FleFile *obj, const char *name);

// -shared wins over -pie, as in GNU ld.
static inline OutputKind output_kind(const Link *ld) {
  return ld->shared ? OUT_SHARED : ld->pie ? OUT_PIE : OUT_EXE;
}

// Whether the output is a dynamic module: a .so, or an executable that
// links against a shared library (format version 3).
static inline bool is_dynamic(const Link *ld) {
  return ld->shared || ld->ndsos > 0;
}

// resolve.c: the global symbol table and the resolution rules.
Symbol *sym_lookup(Link *ld, const char *name);
Symbol *sym_intern(Link *ld, const char *name);
void resolve_file(Link *ld, InputFile *f);
void resolve_shared(Link *ld, InputFile *f);
void define_linker_symbols(Link *ld);
void check_undefined(Link *ld);
bool is_undefined_strong(const Symbol *s);

// layout.c: output sections, addresses, segments, linker symbols.
void create_output_sections(Link *ld);
void layout(Link *ld);
OutputSection *output_section(Link *ld, const char *name);
uint64_t input_addr(const InputFile *f, int sec);
uint64_t symbol_addr(Link *ld, InputFile *f, int symidx);
const char *symbol_label(InputFile *f, int symidx);
void copy_section_data(Link *ld);

// layout.c: the TLS template's offsets (valid after layout).
int64_t tpoff(const Link *ld, uint64_t S);   // S - tls_start - tp_offset
int64_t dtpoff(const Link *ld, uint64_t S);  // S - tls_start
uint64_t tp_offset(const Link *ld);          // round_up(memsz, align)

// srcline.c: "d2.c:3 (/home/ann/d2.c:3)", the source line of offset off
// of section sec of f, from its DWARF; for a variable (var, no code)
// where it is defined.  False when f has no DWARF that says.
bool source_line(InputFile *f, int sec, uint64_t off, const char *var,
                 char *buf, size_t len);

// merge.c: equal strings of debug string sections stored once (GNU ld's
// layout); merged_offset moves a reference into such a section.
void merge_strings(OutputSection *o);
void merged_copy(const OutputSection *o, uint8_t *dst);
uint64_t merged_offset(OutputSection *o, const InputFile *f, int sec, uint64_t off);

// reloc_x86_64.c: the decision for each reference, then applying
// relocations.
void scan_relocations(Link *ld);
void apply_relocations(Link *ld);

// dynamic.c: what a dynamic module adds: PLT entries, copies, the
// symbols a module exports, its needed libraries.
bool is_preemptible(const Link *ld, const Symbol *s);
bool is_exportable(const Link *ld, const Symbol *s);
void need_plt(Link *ld, Symbol *s);
void add_dynreloc(Link *ld, SegKind seg, uint64_t off, uint32_t type,
                  Symbol *s, int64_t addend);
void allocate_dynamic(Link *ld);
uint64_t plt_addr(const Link *ld, const Symbol *s);
uint64_t gotplt_addr(const Link *ld, const Symbol *s);
void fill_dynamic(Link *ld);
void add_dynamic_info(Link *ld, FleFile *out, Symbol *const *outsym);

// output.c: the executable, the map file.
void write_output(Link *ld);
void write_map(Link *ld);

// trace.c: the teaching narration (--trace, --trace-symbol), to stdout.
// tracef prints a line of trace section `what` when that section is on,
// or when it is about symbol `sym` and that symbol is followed (sym may
// be NULL: the line is about no one symbol).
void tracef(Link *ld, unsigned what, const char *sym, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
bool tracing(const Link *ld, unsigned what, const char *sym);
bool following(const Link *ld, const char *sym);
unsigned parse_trace_sections(const char *list);
void trace_references(Link *ld, InputFile *f);
void trace_left_out(Link *ld, Archive *a);
void trace_output_sections(Link *ld);
void trace_segments(Link *ld);
void trace_symbols(Link *ld);

// Small helpers shared by the passes.
// The user half of the x86-64 address space: everything fle-ld places
// must end below it.  Layout sums are capped just past it (sticky), so
// no size or alignment read from a file can make the arithmetic wrap;
// layout() then reports what does not fit.
#define LD_ADDR_LIMIT 0x800000000000ull
// The most file bytes the segments of one executable may carry.
#define LD_FILE_LIMIT 0x40000000ull
static inline uint64_t add_capped(uint64_t a, uint64_t b) {
  return a > LD_ADDR_LIMIT || b > LD_ADDR_LIMIT - a ? LD_ADDR_LIMIT + 1 : a + b;
}
static inline uint64_t align_up(uint64_t v, uint64_t a) {
  if (a <= 1)
    return v;
  if (v > LD_ADDR_LIMIT || a > LD_ADDR_LIMIT)
    return LD_ADDR_LIMIT + 1;
  return (v + a - 1) & ~(a - 1);
}
// Runs work(arg) on ld->threads threads (at most LD_MAX_THREADS), this
// one among them, and returns when all have returned.  work shares its
// jobs out itself (an atomic counter in arg).
enum { LD_MAX_THREADS = 16 };
void on_threads(Link *ld, void *(*work)(void *), void *arg);
// "main.fle:(.text+0x1c)" into buf.
void format_location(char *buf, size_t len, const InputFile *f, int sec,
                     uint64_t off);
// "0x1c" or "-0x4"
const char *hex_signed(char *buf, int64_t v);

#endif
