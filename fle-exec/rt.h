// rt.h — the resident part of fle-exec: what stays in a dynamic
// program's process after the jump (spec/abi.md §10).
//
// The loader's parsed files are released at the jump (arena.c).  What
// lazy binding and dlopen need afterwards is kept here, with no JSON:
// each module's exported symbols in a hash table, its lazily bound PLT
// slots by index, and the scopes a lookup walks.  It lives in mappings
// of its own (rt_alloc), read-only while the program runs; only the
// dlopen entry (dl.c) makes them writable, for the length of the call.
//
// rt.c, the code that runs on the program's stack with the program's
// thread pointer (the lazy resolver and the lookup), uses no libc and
// no vector register: it is compiled with -mgeneral-regs-only and
// -fno-stack-protector, and talks to the kernel by raw system calls.
#ifndef FLE_EXEC_RT_H
#define FLE_EXEC_RT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum { RT_WEAK = 1, RT_CPLT = 2 };

// An exported symbol: its run-time address (for RT_CPLT, a canonical
// PLT entry, the executable's NAME@plt).
typedef struct {
  const char *name;
  uint64_t value, size;
  uint32_t hash;
  uint8_t type, flags;
} RtSym;

// What minilibc runs constructors and destructors from (internal/libc.h's
// struct __fle_module), as the AT_FLE_MODULES table holds it.
typedef struct {
  uint64_t base, init_array, init_count, fini_array, fini_count;
  const char *name;
  uint64_t start, end; // the pages it spans
} ModuleEntry;

typedef struct Runtime Runtime;

typedef struct RtChunk {
  struct RtChunk *next;
  size_t size, used;
} RtChunk;

typedef struct RtModule {
  Runtime *rt;
  const char *name;     // for messages: the executable as given, a
                        // library by the name that needed it
  const char *path;     // the file as opened
  const char *soname;   // or NULL
  RtChunk *pool;        // where a dlopen'd module's record lives (the
                        // start-up modules': the Runtime's chunks)
  const char *origin;   // $ORIGIN, and the runpath, for what a dlopen
  char **runpath;       // called from this module searches
  uint32_t nrunpath;
  uint64_t (*segs)[2];  // each segment's pages [start, end)
  uint32_t nsegs;
  uint64_t base, start, end;
  uint64_t dev, ino;
  RtSym *syms;          // exports
  uint32_t nsyms;
  uint32_t *table;      // open addressing over syms: index + 1, 0 empty
  uint32_t mask;
  uint64_t pltgot;      // .got.plt at run time, 0 without a PLT
  const char **slot_names; // slot i's symbol (NULL: no JUMP_SLOT there)
  uint8_t *slot_weak;   // slot i's symbol is a weak reference
  uint32_t nslots;
  struct RtModule **local; // after the global scope, where this module's
  uint32_t nlocal;         // references look (a dlopen'd module's own)
  struct RtModule **deps;  // the modules its "needed" name, loaded,
  uint32_t ndeps;          // then those it bound to outside its load
  uint32_t refs;        // dlopen handles, and modules that need it
  bool dlopened, initialised;
  bool pinned;          // never unloaded: loaded at start-up
  ModuleEntry entry;
  struct RtModule *next;
} RtModule;


struct Runtime {
  RtModule *first, *last;  // every module loaded, in load order
  RtModule **global;       // the global scope: the executable, its
  uint32_t nglobal, capglobal; // libraries, then RTLD_GLOBAL ones
  bool trace;
  RtChunk *chunks;         // the start-up modules' pool
};

// rt.c: resident.
uint32_t rt_hash(const char *name);
// The first definition of name in the global scope, then m's local one
// (m NULL: the global scope alone), from position `from` of that
// sequence on; a jump slot skips canonical PLT entries.  *def is the
// defining module.  NULL if none.
const RtSym *rt_lookup(const Runtime *rt, const RtModule *m, size_t from, const char *name,
                       uint32_t hash, bool jump_slot, RtModule **def);
const RtSym *rt_find(const RtModule *m, const char *name, uint32_t hash);
// The module whose pages hold addr, or NULL.
RtModule *rt_module_at(const Runtime *rt, uint64_t addr);
// Where lazy slot i of m binds its first call from (PLT[0] calls this
// through the trampoline in resolve.S).
uint64_t rt_bind_lazy(RtModule *m, uint64_t i, uint64_t ret);
// resolve.S: PLT[0] jumps here.
void rt_resolve_entry(void);

// rtbuild.c: made before the jump (or inside dlopen), with libc.
// Pools are lists of mappings, zeroed memory handed out in order.
void *rt_pool_alloc(RtChunk **pool, size_t n);
char *rt_pool_strdup(RtChunk **pool, const char *s);
void rt_pool_free(RtChunk *pool);
// Every pool read-only, or writable for a dlopen.
void rt_protect(Runtime *rt, bool writable);
RtChunk **rt_pool_of(Runtime *rt, RtModule *r);
void rt_append(Runtime *rt, RtModule *r);
void rt_add_global(Runtime *rt, RtModule *r);

#endif
