// fle.h — the one public header of libfle, the FLE object model that
// every tool (fle-as, fle-ld, fle-exec, fle-nm, fle-readfle, fle-objdump,
// fle-ar) reads, builds and writes.
//
// An FLE file is JSON (spec/FLE.md).  libfle turns it into the structs
// below and back.  Numbers in the model are plain integers; ELF constants
// (SHT_*, SHF_*, STB_*, STT_*, STV_*, R_X86_64_*, PF_*) come from <elf.h>
// so the model and ELF speak the same words.
//
// Sections of this header and the files that implement them:
//   model        model.c      constructors, lookups, freeing
//   read/write   read.c json.c   FLE text -> model (our own strict JSON)
//                sniff.c      what a file that is not FLE looks like
//                gnuar.c      a GNU ar archive of FLE objects (libelf)
//                write.c      model -> FLE text (jansson escapes names)
//   lines        line.c line_write.c  the line grammar: 🔢 🔤 📤 📥 🏷️ 📎 ❓ 🕳️
//   relocations  reloc.c      the x86-64 relocation table
//   diagnostics  diag.c       "fle-TOOL: error: ..." and error collection
//   names        names.c      ELF words <-> FLE/readelf words
//   util         util.c       growable buffers, hash map, paths
#ifndef FLE_H
#define FLE_H

#include <elf.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// Some <elf.h> copies (musl's) lack these.
#ifndef SHT_X86_64_UNWIND
#define SHT_X86_64_UNWIND 0x70000001
#endif
#ifndef R_X86_64_GOTPCRELX
#define R_X86_64_GOTPCRELX 41
#define R_X86_64_REX_GOTPCRELX 42
#endif

// The version written; readers accept 1 (no 🔤 or 📥 lines) as well.
// A dynamic module (fle_is_dynamic) is written as version 3, the only
// version that may hold its keys; every other file stays version 2.
#define FLE_VERSION 2
#define FLE_VERSION_DYNAMIC 3
#define FLE_VERSION_OLDEST 1
#define FLE_KNOWS "(this reader knows versions 1 to 3)"
#define FLE_DEFAULT_INTERP "/usr/bin/env fle-exec"

// ---------------------------------------------------------------- model

// FLE_EXE is a linked image: an executable, or a shared library (".so")
// when FleFile.shared is set.
typedef enum { FLE_OBJ, FLE_EXE, FLE_AR } FleKind;

// Where a symbol lives.  Non-negative values index FleFile.sections
// (objects) or FleFile.segments (executables).
enum {
  FLE_UNDEF = -1,  // referenced, not defined here
  FLE_ABS = -2,    // absolute value (FILE symbols, linker constants)
  FLE_COMMON = -3, // COMMON: value holds the alignment
};

typedef struct {
  char *name;
  uint8_t bind;    // STB_LOCAL / STB_GLOBAL / STB_WEAK
  uint8_t type;    // STT_NOTYPE / OBJECT / FUNC / SECTION / FILE / TLS
  uint8_t vis;     // STV_DEFAULT / INTERNAL / HIDDEN / PROTECTED
  int section;     // index, or FLE_UNDEF / FLE_ABS / FLE_COMMON
  uint64_t value;  // obj: offset in section; exe: virtual address;
                   // ABS: the value; COMMON: the alignment
  uint64_t size;
} FleSymbol;

typedef struct {
  uint64_t offset; // obj: in its section; exe: in its segment
  uint32_t type;   // R_X86_64_*
  int sym;         // index into FleFile.syms (-1 for R_X86_64_RELATIVE)
  int64_t addend;
} FleReloc;
// In an image's segments: R_X86_64_RELATIVE (sym -1), and in a dynamic
// module R_X86_64_64, GLOB_DAT, JUMP_SLOT and COPY against syms[sym].

typedef struct {
  char *name;
  uint32_t type;   // SHT_PROGBITS, SHT_NOBITS, SHT_INIT_ARRAY, ...
  uint64_t flags;  // SHF_ALLOC | SHF_WRITE | SHF_EXECINSTR | SHF_MERGE ...
  uint64_t align;  // power of two, >= 1
  uint64_t entsize;
  uint64_t size;
  uint64_t addr;   // exe only: where the linker put it
  uint8_t *data;   // size bytes, NULL for NOBITS (and in executables)
  FleReloc *relocs;
  size_t nrelocs, caprelocs;
  size_t text_offset; // set by the reader: the byte offset in the file of
                      // the first line of its contents (exe: of the line
                      // holding its first byte); 0 when not known
} FleSection;

typedef struct {
  char *name;      // "text", "rodata", "data": for people and traces
  uint32_t flags;  // PF_R | PF_W | PF_X
  uint64_t vaddr, memsz, filesz, align;
  uint8_t *data;   // filesz bytes; the rest of memsz is zero
  bool placed;     // data is where FleReadHooks put it: not freed here
  FleReloc *relocs; // load-time relocations (PIE, dynamic modules),
                    // offsets in segment
  size_t nrelocs, caprelocs;
  size_t text_offset; // set by the reader: byte offset of its first line
} FleSegment;

typedef struct FleFile FleFile;

struct FleFile {
  FleKind kind;
  char *path;      // the file (or archive member) name, for messages
  int version;     // the format version it was read as (FLE_VERSION when
                   // made); writing always writes FLE_VERSION

  // .obj and .exe.  In objects syms[0..nsections-1] are the section
  // symbols, one per section in order, so a relocation against section
  // i names symbol i.  They are implicit in the text form.
  FleSection *sections;
  size_t nsections, capsections;
  FleSymbol *syms;
  size_t nsyms, capsyms;

  // .exe
  char *interp;    // shebang command, e.g. "/usr/bin/env fle-exec"
  uint64_t entry;
  bool pie;
  FleSegment *segments;
  size_t nsegments, capsegments;

  // dynamic modules (format version 3, spec/FLE.md §6): a ".so", or an
  // executable that needs libraries.  Strings are owned.
  bool shared;     // ".so": laid out at base 0, no entry, no #! line
  char *soname;    // the name modules linking against it record, or NULL
  char **needed;   // libraries to load, in link order
  size_t nneeded, capneeded;
  char **runpath;  // directories searched for needed ($ORIGIN allowed)
  size_t nrunpath, caprunpath;
  uint64_t init_array, init_array_size; // constructor pointers (addr,
  uint64_t fini_array, fini_array_size; // bytes), 0 when none
  uint64_t plt, plt_size;        // PLT[0] and the entries (16 bytes each)
  uint64_t pltgot, pltgot_size;  // .got.plt: 3 reserved words, the slots
  bool bind_now;   // -z now: bind every slot at start-up, never lazily
  int *exports;    // indices into syms: what other modules may bind to
  size_t nexports, capexports;

  // .ar: members are FLE_OBJ files whose path is the member name;
  // index maps each defined global/weak symbol to its first member.
  FleFile **members;
  size_t nmembers, capmembers;
  char **index_syms;
  size_t *index_member;
  size_t nindex, capindex;

  // Section, symbol and segment names live here, packed (model.c).
  struct FleNames *names;
};

FleFile *fle_new(FleKind kind, const char *path);
void fle_free(FleFile *f);
// Appenders return the new element's index; strings are copied.
size_t fle_add_section(FleFile *f, const char *name, uint32_t type,
                       uint64_t flags, uint64_t align);
size_t fle_add_symbol(FleFile *f, const FleSymbol *sym);
size_t fle_add_reloc(FleSection *s, const FleReloc *r);
size_t fle_add_segment(FleFile *f, const char *name, uint32_t flags,
                       uint64_t vaddr, uint64_t align);
size_t fle_add_segment_reloc(FleSegment *g, const FleReloc *r);
size_t fle_add_member(FleFile *ar, FleFile *obj);   // takes ownership
void fle_add_needed(FleFile *f, const char *name);
void fle_add_runpath(FleFile *f, const char *dir);
void fle_add_export(FleFile *f, int sym);
// Whether f is a dynamic module (spec/FLE.md §8): a .so, or an
// executable with any key of version 3 or a segment relocation other
// than R_X86_64_RELATIVE.
bool fle_is_dynamic(const FleFile *f);
void fle_add_index(FleFile *ar, const char *sym, size_t member);
// Rebuild an archive's index from its members' defined globals/weaks.
void fle_build_index(FleFile *ar);
// Index of the section / symbol with that name, or -1.
int fle_find_section(const FleFile *f, const char *name);
int fle_find_symbol(const FleFile *f, const char *name);
bool fle_models_equal(const FleFile *a, const FleFile *b);

// ----------------------------------------------------------- read/write

// Reads an FLE object, executable or archive; kind is taken from the
// content.  On failure returns NULL and fle_error() says
// "FILE:LINE:COLUMN: what is wrong" (or "FILE: ..." when no place
// applies).  fle_read takes regular files only: it maps them.
FleFile *fle_read(const char *path);
FleFile *fle_read_mem(const char *name, const char *buf, size_t len);
// A loader that knows where an executable's segments will live can have
// the reader decode their bytes there, instead of into pages of their
// own that it would then move or copy.  segment_memory is asked once per
// segment of an executable, once its name, flags, vaddr and memsz are
// read, and only if "pie" came before "segments" (pie says its value);
// it returns memory for g->memsz bytes, or NULL for the default.  likely
// is about how many file bytes the rest of the input can hold (a third
// of it): how much is worth preparing.  Such a segment has placed set;
// its memory stays the caller's.
typedef struct {
  void *(*segment_memory)(void *ctx, const FleSegment *g, bool pie, uint64_t likely);
  void *ctx;
} FleReadHooks;
FleFile *fle_read_mem_hooked(const char *name, const char *buf, size_t len,
                             const FleReadHooks *hooks);
// fle_read for many files in turn: each is read() into rb's buffer, which
// grows as needed and is kept for the next (free rb->p when done).  dev
// and ino say which file the last call opened (0 when it opened none),
// so a caller can tell it from another without a stat of its own.
typedef struct {
  char *p;
  size_t cap;
  uint64_t dev, ino;
} FleReadBuf;
FleFile *fle_read_into(const char *path, FleReadBuf *rb);
// Maps a regular file read-only to read it (a FIFO or a device could
// block or never end); an empty file is "" of length 0.  Returns 0, -1
// with errno when it cannot be opened or mapped, -2 when it is not a
// regular file.  fle_unmap_file gives the mapping back.
int fle_map_file(const char *path, const char **buf, size_t *len);
void fle_unmap_file(const char *buf, size_t len);
const char *fle_error(void);
// Whether buf can be FLE text at all (sniff.c): NULL when it can (an
// optional #! line, then JSON white space and '{' or '['), else what it
// seems to be, as words to follow "not an FLE file": "it is empty", "it
// looks like C source", "it looks like an ELF object", ...  fle_read_mem
// says "FILE: not an FLE file (WHAT)" for these.
const char *fle_sniff(const char *buf, size_t len);

// GNU ar archives (gnuar.c, which needs -lelf; fle-exec leaves it out).
// fle_read_input and fle_read_input_into are fle_read and fle_read_into
// that also take a System V / GNU ar archive (`ar rc`, `ranlib`) whose
// members are FLE objects, read as an FLE_AR: members in order, named
// as ar names them (GNU long names too), the index built from their
// defined symbols (GNU's armap is ignored).  A member that is not an FLE
// object fails the whole archive: "lib.a(m.o): not an FLE object (...)".
bool fle_is_gnu_ar(const char *buf, size_t len);   // starts "!<arch>\n"
FleFile *fle_read_gnu_ar(const char *name, const char *buf, size_t len);
FleFile *fle_read_input(const char *path);
FleFile *fle_read_input_into(const char *path, FleReadBuf *rb);

// Canonical text of f (NUL-terminated, malloc'd).  fle_read of this text
// gives a model equal to f, and writing that again gives the same bytes.
char *fle_dump(const FleFile *f, size_t *len);
// Writes the canonical text with fle_write_file (util): either the whole
// new file is at path or the old one is untouched.  Executables get mode
// 0777, the rest 0666, less the umask.  Returns 0 or -1 (fle_error() says
// why).
int fle_write(const FleFile *f, const char *path);
// fle_write, spelling large segments and sections on up to threads
// threads and writing the text while it is made: same bytes.
int fle_write_threads(const FleFile *f, const char *path, int threads);

// ---------------------------------------------------------------- lines

// The tags, canonical spelling (readers also accept 🏷 and 🕳 without
// U+FE0F).
#define FLE_TAG_BYTES  "🔢"
#define FLE_TAG_TEXT   "🔤"
#define FLE_TAG_IMPORT "📥"
#define FLE_TAG_GLOBAL "📤"
#define FLE_TAG_LOCAL  "🏷️"
#define FLE_TAG_WEAK   "📎"
#define FLE_TAG_RELOC  "❓"
#define FLE_TAG_ZERO   "🕳️"
#define FLE_HERE       "📍"
#define FLE_TEXT_NUL   "␀"  // U+2400, a NUL byte in a 🔤 line
#define FLE_TEXT_MAX   64   // bytes on one 🔤 line

// Formats a symbol name as the grammar writes it: bare when it is made
// of [A-Za-z0-9_.$@] and non-empty, else a JSON-quoted string.
void fle_format_name(char **buf, size_t *len, size_t *cap, const char *name);

// ---------------------------------------------------------- relocations

typedef enum {
  RK_ABS,       // S + A
  RK_PCREL,     // S + A - P
  RK_GOTPCREL,  // G + GOT + A - P      written got(sym)
  RK_TPOFF,     // S + A - TLS end      written tpoff(sym)
  RK_GOTTPOFF,  // GOT entry of tpoff   written gottpoff(sym) - 📍
  RK_TLSGD,     // GOT pair for __tls_get_addr, PC-relative: tlsgd(sym)
  RK_TLSLD,     // the module's GOT pair, PC-relative:       tlsld(sym)
  RK_DTPOFF,    // S + A - start of the TLS block             dtpoff(sym)
  RK_RELATIVE,  // B + A                (executables, PIE)
  RK_GOTOFF,    // S + A - GOT          written gotoff(sym)
  RK_TLSDESC,   // the GOT pair of S's TLS descriptor + A - P: tlsdesc(sym)
  RK_TLSCALL,   // marks the call through that descriptor (no field):
                //                      written tlscall(sym)
  RK_SYM,       // S: GLOB_DAT, JUMP_SLOT (dynamic modules' segments)
  RK_COPY,      // copies S's bytes here at load time (no field): COPY
} FleRelocKind;

typedef struct {
  uint32_t type;      // R_X86_64_*
  const char *name;   // "R_X86_64_PC32"
  uint8_t width;      // bytes patched
  FleRelocKind kind;
  char range;         // 'u' zero-extends, 's' sign-extends, 0 = full width
} FleRelocType;

const FleRelocType *fle_reloc_by_type(uint32_t type);
const FleRelocType *fle_reloc_by_name(const char *name, size_t len);

// ---------------------------------------------------------- diagnostics

// Set by each tool's main: "fle-ld", "fle-as", ...
extern const char *fle_tool;
// "TOOL: error: <msg>\n" to stderr and exit(1).
_Noreturn void fle_fatal(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));
// "TOOL: error: <msg>\n"; counts errors; after FLE_ERROR_LIMIT errors
// prints "TOOL: error: too many errors emitted, stopping now" once and
// further errors are only counted.
#define FLE_ERROR_LIMIT 20
void fle_errorf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void fle_warnf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int fle_error_count(void);
// Exit(1) if any error was reported (end of a linker phase).
void fle_check_errors(void);

// ---------------------------------------------------------------- names

// readelf-style words, used by the writer, fle-readfle and traces.
const char *fle_bind_name(uint8_t bind);   // "LOCAL" "GLOBAL" "WEAK"
const char *fle_type_name(uint8_t type);   // "NOTYPE" "FUNC" ...
const char *fle_vis_name(uint8_t vis);     // "DEFAULT" "HIDDEN" ...
const char *fle_shtype_name(uint32_t t);   // "PROGBITS" "NOBITS" ...
// Any x86-64 ELF relocation type's name, also those FLE does not carry
// ("R_X86_64_TLSGD"); "R_X86_64_<n>" for unknown numbers (static buffer).
const char *fle_elf_reloc_name(uint32_t type);
// readelf's flag letters for sh_flags: "AX", "WA", "AMS"...
void fle_shflags_str(uint64_t flags, char out[16]);
// Segment permissions as "r-x", "rw-".
void fle_pflags_str(uint32_t flags, char out[4]);

// ----------------------------------------------------------------- util

_Noreturn void fle_oom(void);
void *fle_xmalloc(size_t n);
void *fle_xcalloc(size_t n, size_t m);
// n bytes rounded up to whole pages, starting on a page: memory no other
// allocation shares, so a loader may move its pages elsewhere (fle-exec).
void *fle_xmalloc_pages(size_t n);
void *fle_xrealloc(void *p, size_t n);
char *fle_xstrdup(const char *s);
char *fle_xstrndup(const char *s, size_t n);
// Grows *p (element size sz) so that it holds at least n elements.
void fle_grow(void **p, size_t *cap, size_t n, size_t sz);
#define FLE_GROW(arr, cap, n) fle_grow((void **)&(arr), &(cap), (n), sizeof *(arr))

// Directory holding the running executable (for finding crt, minilibc
// and sibling tools relative to it: ../lib/fle).
const char *fle_self_dir(void);

// String -> size_t hash map (open addressing), for symbol tables.
typedef struct {
  const char **keys;
  size_t *vals;
  uint64_t *hashes; // each key's hash: compared first, kept for growing
  size_t cap, len;
} FleMap;
void fle_map_init(FleMap *m);
void fle_map_free(FleMap *m);
// Returns a pointer to the value slot; *added says if it was new (then
// the slot holds 0 and the key pointer is stored, not copied).
size_t *fle_map_put(FleMap *m, const char *key, bool *added);
size_t *fle_map_get(const FleMap *m, const char *key);
// The same for the key key[0, n), which need not be NUL-terminated.
size_t *fle_map_getn(const FleMap *m, const char *key, size_t n);

// Outputs (output.c): the one way every tool writes a file.  A regular
// file, or a new one, is replaced atomically: written to an exclusive
// temporary in its directory, fchmod'ed to 0777 (exec) or 0666 less the
// umask, fsync'd and renamed into place, so on any failure the old file
// is exactly as it was.  A character device, FIFO or socket is written
// in place and never removed; "-", /dev/stdout, /dev/stderr, /dev/fd/N
// and /proc/self/fd/N are written to that descriptor.  Returns 0 or -1
// (fle_error() says "cannot write PATH: why").
int fle_write_file(const char *path, const char *data, size_t len, bool exec);
// The same, written as it is made: fle_sink_open(path, exec), any number
// of fle_sink_write, then fle_sink_close(s, true) to put the file in
// place (or false to leave path as it was).  Each returns NULL or -1 on
// failure (fle_error() says why); after a failed write the sink only
// waits to be closed.  fle_sink_atomic: whether the bytes go to a
// temporary (a regular file or a new name), so that writing a part
// before the rest is known to be good is safe.
typedef struct FleSink FleSink;
FleSink *fle_sink_open(const char *path, bool exec);
bool fle_sink_atomic(const FleSink *s);
int fle_sink_write(FleSink *s, const char *data, size_t len);
int fle_sink_close(FleSink *s, bool keep);
// Whether in names the existing regular file out (same device and inode,
// so "./x.c" and "x.c" match; a device such as /dev/null never does).
bool fle_same_file(const char *in, const char *out);
// Stops the tool, before anything is written, when in is the output:
// "TOOL: error: input file 'IN' is the same as output file" (gcc's words).
void fle_check_not_output(const char *in, const char *out);

#endif
