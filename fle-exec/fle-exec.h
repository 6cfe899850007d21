// fle-exec.h — the loader's own header: what main.c, validate.c, map.c,
// stack.c, trace.c, fault.c, jit.c and enter.S share.
//
// fle-exec runs an FLE executable inside its own process, the way the
// kernel's ELF loader (fs/binfmt_elf.c) runs an ELF one, in three steps
// borrowed from xv6's exec.c:
//
//   check   validate.c  every field of the file, before anything is mapped
//           search.c    a dynamic program's libraries, found and checked
//   build   map.c       the segments at their addresses, bytes copied,
//                       rest zero, PIE relocations applied, permissions set
//           dynamic.c   a dynamic program's modules mapped and bound
//           stack.c     a fresh stack: argc, argv, envp, auxv, strings
//   commit  procmm.c    the kernel's record of the process: the program's
//           enter.S     switch to that stack and jump to the entry
//
// Up to the commit any failure unmaps what was built (one cleanup path)
// and exits 1 with "fle-exec: error: FILE: what is wrong"; nothing of the
// program has run.  spec/abi.md states what the program finds at entry.
#ifndef FLE_EXEC_H
#define FLE_EXEC_H

#include "fle.h"
#include "rt.h"

#include <stdbool.h>
#include <stdint.h>

#define PAGE_SIZE 0x1000ULL
#define PAGE_DOWN(a) ((a) & ~(PAGE_SIZE - 1))
#define PAGE_UP(a) (((a) + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1))

// The user half of the x86-64 address space ends here (the kernel's
// TASK_SIZE_MAX: 2^47 minus one guard page).
#define USER_TOP 0x7ffffffff000ULL
// The lowest address Linux lets a process map by default
// (vm.mmap_min_addr).
#define USER_BOTTOM 0x10000ULL
// Sane limits.  A PIE image must leave room for a random base.
#define MAX_SEGMENTS 64
#define MAX_PIE_SPAN 0x10000000000ULL // 1 TiB
// PIE bases are drawn from [PIE_BASE_LO, PIE_BASE_LO + PIE_BASE_RANGE),
// where Linux puts PIE programs (ELF_ET_DYN_BASE), with 2^28 pages of
// randomness as in vm.mmap_rnd_bits.
#define PIE_BASE_LO 0x555555554000ULL
#define PIE_BASE_RANGE (1ULL << 40)
// Shared libraries get bases of their own from [LIB_BASE_LO, LIB_BASE_LO
// + PIE_BASE_RANGE): below where Linux's mmap area starts (0x7f...),
// far above any program's brk heap, which grows from its executable up.
#define LIB_BASE_LO 0x7e0000000000ULL

// Exit status of the loader when it refuses to run a program (usage,
// unreadable file, invalid file, mapping failure).  Once the program
// runs, the process's status is the program's.
#define EXIT_LOADER 1
// Exit status when a dynamic executable's libraries cannot be loaded or
// bound (a library missing or invalid, a symbol undefined), as ld.so's.
#define EXIT_DYNAMIC 127

// The auxv entry that points a dynamic program at its module table
// (spec/abi.md §9): "FL".
#define AT_FLE_MODULES 0x464c
// The auxv entry that points it at dlopen's entries (spec/abi.md §10).
#define AT_FLE_DL 0x464d

typedef struct {
  bool trace;     // --trace: narrate the load, report faults
  bool allow_wx;  // --allow-wx: load writable+executable segments
  bool list;      // --list: say where each needed library is, run nothing
  void *err;      // where validate() writes its errors (a FILE *): NULL,
                  // stderr; inside a dlopen, a buffer for dlerror
} Options;

// One mapped segment of the image.
typedef struct {
  const char *name;   // the segment's name, for messages
  uint64_t start;     // page-aligned, base applied
  uint64_t end;       // page-rounded end of memsz
  uint64_t filesz, memsz;
  uint32_t flags;     // PF_R | PF_W | PF_X
  int prot;           // what the pages allow now (PROT_*)
  bool mapped;
} Mapping;

// The program's image while it is being built.
typedef struct {
  const char *path;   // as the user typed it
  uint64_t base;      // B: 0 unless PIE
  uint64_t entry;     // absolute entry address
  Mapping maps[MAX_SEGMENTS]; // one per segment of the file, in order
  size_t nmaps;
  size_t nrelocs;     // R_X86_64_RELATIVE relocations applied
  uint64_t modules;   // a dynamic program's AT_FLE_MODULES table, or 0
  uint64_t dl;        // and its AT_FLE_DL table (dl.c), or 0
} Image;

// The new stack while it is being built.
typedef struct {
  uint64_t lo, hi;        // the usable stack [lo, hi)
  uint64_t guard_lo;      // guard gap [guard_lo, lo), PROT_NONE
  bool mapped;            // a fresh mapping: [guard_lo, hi) is ours
  uint8_t *image;         // on the kernel's stack: [sp, hi) waits here
  uint64_t sp;            // where rsp points at entry (argc)
  uint64_t argv, envp, auxv; // where the vectors start
  uint64_t strings;       // lowest byte of the string area: argv's
  uint64_t arg_end;       // end of the argv strings, start of envp's
  uint64_t env_end;       // end of the envp strings
  uint64_t random, platform, execfn;
  int argc, envc, nauxv;
} Stack;

// main.c
_Noreturn void die(const char *path, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
// die() with another exit status (EXIT_DYNAMIC).
_Noreturn void die_status(int status, const char *path, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

// validate.c: 0 if f may be loaded, else -1 after printing why.
int validate(const FleFile *f, const char *path, const Options *opt);
const char *segment_label(const FleFile *f, size_t i, char *buf, size_t n);

// map.c: builds the image from f's segments; on failure prints why,
// unmaps what it mapped and returns -1.  image_build is the three steps
// of a static program at once; a dynamic one places every module, binds
// (dynamic.c), then protects each.
void *image_segment_memory(void *ctx, const FleSegment *g, bool pie, uint64_t likely);
int image_build(const FleFile *f, const char *path, Image *im);
int image_place(const FleFile *f, const char *path, Image *im);
void image_relocate_relative(const FleFile *f, Image *im);
int image_protect(const FleFile *f, const char *path, Image *im);
// Whether f is placed at a base of its own (a PIE or a .so).
static inline bool image_movable(const FleFile *f) { return f->pie || f->shared; }

void image_discard(Image *im);

// stack.c
int stack_build(Stack *st, const Image *im, char **argv, char **envp, char **loader_argv);
void *stack_at(const Stack *st, uint64_t v);
void stack_place(const Stack *st);
void stack_discard(Stack *st);
// The kernel's stack fle-exec started on, for enter() to unmap: false
// (and 0, 0) unless its range is known for sure.
bool stack_kernel_range(char *const *loader_argv, const Image *im,
                        const Stack *st, uint64_t *lo, uint64_t *hi);

// procmm.c: tell the kernel where the program's code, data, brk, stack,
// strings and auxv are (prctl PR_SET_MM_MAP), and its name; 0, or -1 if
// it refused the former.
int procmm_commit(const Image *im, const Stack *st, const char *path);

// trace.c: teaching mode.
void trace_image(const FleFile *f, const Image *im);
void trace_stack(const Stack *st, const FleFile *f, const Image *im);
void trace_entry(const FleFile *f, const Image *im, const Stack *st);
const char *symbolize(const FleFile *f, uint64_t base, uint64_t addr,
                      char *buf, size_t n);

// fault.c (and chain.c, fault.h): the fault reporter installed just
// before the jump.  It knows the segments and symbols of the modules
// given: the executable first (its name NULL), then a dynamic program's
// libraries, each named.
typedef struct {
  const FleFile *f;
  const Image *im;
  const char *name;
} FaultModule;
int fault_prepare(const FaultModule *mods, size_t n, const Stack *st);
int fault_install(void);

// arena.c: the loader's malloc; release gives back all it ever allocated.
void arena_release(void);

// enter.S: switch to the new stack, unmap [old_lo, old_lo + old_len)
// (the kernel's stack; none if old_len is 0), clear the registers, jump.
_Noreturn void enter(uint64_t entry, uint64_t sp, uint64_t old_lo,
                     uint64_t old_len);

// A dynamic program's modules: the executable (mods[0]), then its
// libraries in the breadth-first order they were found (search.c), each
// an image of its own (dynamic.c).
typedef struct {
  char *path;          // the file as opened; $ORIGIN is its directory
  const char *name;    // for messages: the executable as given, a
                       // library by the name that needed it
  FleFile *f;
  Image im;
  uint64_t dev, ino;   // the file, so that two names of it load once
  int needed_by;       // the module that first needed it; -1: the exe;
                       // in a dlopen, -2: a module loaded before (a
                       // stub: its record only), -3: dlopen's caller
  char *found;         // how it was found ("in FLE_LIBRARY_PATH"), or NULL
  size_t *deps;        // the modules its "needed" entries name, in order
  size_t ndeps;
  RtModule **reldeps;  // dlopen'd modules it bound to outside its load
  size_t nreldeps;
  RtModule *rt;        // its resident record, once placed
  bool *exported;      // per symbol: it is one of the module's exports
  bool *reported;      // per symbol: "undefined symbol" said already
  bool visited;        // for the constructor order
} Module;

typedef struct {
  const Options *opt;
  Module *mods;
  size_t nmods, capmods;
  const char *library_path; // FLE_LIBRARY_PATH, or NULL
  char *default_dir;        // the installed lib/fle
  size_t nmissing;          // --list: libraries not found
  size_t nundefined;        // undefined symbols reported
  bool bind_now;            // FLE_BIND_NOW: no lazy binding
  bool now;                 // dlopen's RTLD_NOW
  Runtime *rt;              // what stays after the jump
  void *fail;               // inside a dlopen: the jmp_buf a failure
  char *err;                // returns to, the message goes to err
  size_t errsize;
} Loader;

// A failure while loading: at start-up, "fle-exec: error: MESSAGE" and
// exit(status); inside a dlopen, the message (fmt NULL: what validate
// wrote to opt->err) for dlerror, and back to dl.c.
_Noreturn void loader_fail(Loader *L, int status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
char *origin_of(const Module *m);
void loader_build_dl(Loader *L);
// search.c: the module for a name module i needs (or a dlopen's caller
// asks for), found and read now or loaded before; a stub for a module a
// dlopen finds loaded before.
int loader_find(Loader *L, size_t i, const char *name);
size_t loader_stub(Loader *L, RtModule *r);
// dl.c: the table AT_FLE_DL points at, made once the program's modules
// are bound; 0 if it cannot be.
uint64_t dl_setup(Loader *L);
size_t loader_init_order(Loader *L, size_t *order);

// search.c: the resolver.  Reads every library the program needs,
// breadth first, each once; a library that cannot be found or read ends
// the load with EXIT_DYNAMIC (with --list, one not found is printed and
// counted instead).
void loader_init(Loader *L, const Options *opt, FleFile *exe, const char *path,
                 char **envp);
void loader_resolve(Loader *L);

// dynamic.c: maps every module, binds and relocates (libraries first,
// in reverse load order), sets permissions, and builds the module table;
// on failure exits (EXIT_LOADER, or EXIT_DYNAMIC for a symbol).  The
// executable's image is L->mods[0].im.
void loader_build(Loader *L);
// rtbuild.c: module m's resident record, from its placed image.
RtModule *rt_module_new(Runtime *rt, const Module *m, RtChunk **pool);

// trace.c: a module as it is mapped (and how it was found).
void trace_module(const Loader *L, size_t i);

// jit.c: gdb's JIT interface, so a debugger sees the program.
bool jit_debugger_present(void);
void jit_register(const char *path, const Image *im);
// The program's ELF twin (fle-objcopy; a PIE at base) in a memfd, or -1.
int twin_make(const char *path, bool pie, uint64_t base);

#endif
