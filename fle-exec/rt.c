// rt.c — the lazy resolver and the symbol lookup, resident after the jump.
//
// PLT[0] of a module pushes the module's RtModule (its .got.plt word 1)
// and jumps through word 2 to rt_resolve_entry (resolve.S), which saves
// the caller's argument registers and calls rt_bind_lazy with the
// entry's index.  That finds the function as the start-up binding
// would have, writes its address into the slot, so that later calls go
// straight there, and returns it for the trampoline to jump to.
//
// This code runs inside the program, on its stack and with its thread
// pointer, maybe in a signal handler: no libc, no TLS, no vector
// registers (see rt.h), nothing written but the slot.  Two first calls
// racing (a handler interrupting one) both write the same address.
#include "rt.h"

#include <sys/syscall.h>

static long rt_syscall3(long n, long a, long b, long c) {
  long ret;
  __asm__ volatile("syscall" : "=a"(ret) : "a"(n), "D"(a), "S"(b), "d"(c)
                   : "rcx", "r11", "memory");
  return ret;
}

static bool same(const char *a, const char *b) {
  while (*a && *a == *b)
    a++, b++;
  return *a == *b;
}

// The GNU hash function (.gnu.hash's).
uint32_t rt_hash(const char *name) {
  uint32_t h = 5381;
  for (const unsigned char *p = (const unsigned char *)name; *p; p++)
    h = h * 33 + *p;
  return h;
}

const RtSym *rt_find(const RtModule *m, const char *name, uint32_t hash) {
  if (!m->nsyms)
    return NULL;
  for (uint32_t i = hash & m->mask;; i = (i + 1) & m->mask) {
    uint32_t k = m->table[i];
    if (!k)
      return NULL;
    const RtSym *s = &m->syms[k - 1];
    if (s->hash == hash && same(s->name, name))
      return s;
  }
}

const RtSym *rt_lookup(const Runtime *rt, const RtModule *m, size_t from, const char *name,
                       uint32_t hash, bool jump_slot, RtModule **def) {
  size_t n = rt->nglobal + (m ? m->nlocal : 0);
  for (size_t k = from; k < n; k++) {
    RtModule *d = k < rt->nglobal ? rt->global[k] : m->local[k - rt->nglobal];
    const RtSym *s = rt_find(d, name, hash);
    if (s && !(jump_slot && (s->flags & RT_CPLT))) {
      *def = d;
      return s;
    }
  }
  return NULL;
}

RtModule *rt_module_at(const Runtime *rt, uint64_t addr) {
  for (RtModule *m = rt->first; m; m = m->next)
    if (addr >= m->start && addr < m->end)
      return m;
  return NULL;
}

// One line to stderr, built by hand.
typedef struct {
  char b[512];
  size_t n;
} Line;

static void put(Line *l, const char *s) {
  while (*s && l->n < sizeof l->b - 1)
    l->b[l->n++] = *s++;
}

static void put_hex(Line *l, uint64_t v) {
  char t[19], *d = t + sizeof t;
  *--d = 0;
  do
    *--d = "0123456789abcdef"[v & 15];
  while (v >>= 4);
  *--d = 'x';
  *--d = '0';
  put(l, d);
}

// "libc.so+0x5a20", or the bare address outside every module.
static void put_place(Line *l, const Runtime *rt, uint64_t addr) {
  const RtModule *m = rt_module_at(rt, addr);
  if (m) {
    put(l, m->name);
    put(l, "+");
    addr -= m->base;
  }
  put_hex(l, addr);
}

static void say(Line *l) {
  l->b[l->n++] = '\n';
  rt_syscall3(SYS_write, 2, (long)l->b, (long)l->n);
}

// The call instruction before a return address, when it is a direct
// call (e8 rel32), as PLT calls are; else the return address itself.
static uint64_t call_site(const Runtime *rt, uint64_t ret) {
  RtModule *m = rt_module_at(rt, ret - 5);
  return m && ret - 5 >= m->start && *(const uint8_t *)(ret - 5) == 0xe8 ? ret - 5 : ret;
}

static _Noreturn void die_lazy(RtModule *m, const char *what, const char *name) {
  Line l = {.n = 0};
  put(&l, "fle-exec: error: symbol lookup error: ");
  put(&l, m->name);
  put(&l, what);
  put(&l, name);
  say(&l);
  for (;;)
    rt_syscall3(SYS_exit_group, 127, 0, 0);
}

uint64_t rt_bind_lazy(RtModule *m, uint64_t i, uint64_t ret) {
  if (i >= m->nslots || !m->slot_names[i])
    die_lazy(m, ": a PLT entry with no R_X86_64_JUMP_SLOT: ", "?");
  const char *name = m->slot_names[i];
  RtModule *def = NULL;
  const RtSym *s = rt_lookup(m->rt, m, 0, name, rt_hash(name), true, &def);
  if (!s && !m->slot_weak[i])
    die_lazy(m, ": undefined symbol: ", name);
  uint64_t addr = s ? s->value : 0;
  uint64_t *slot = (uint64_t *)(m->pltgot + 8 * (3 + i));
  *slot = addr;
  if (m->rt->trace) {
    // "bind puts (first call from prog+0x1034): libc.so+0x5a20, GOT slot 0x404018 patched"
    Line l = {.n = 0};
    put(&l, "fle-exec: bind ");
    put(&l, name);
    put(&l, " (first call from ");
    put_place(&l, m->rt, call_site(m->rt, ret));
    put(&l, "): ");
    if (s)
      put_place(&l, m->rt, addr);
    else
      put(&l, "0 (undefined weak)");
    put(&l, ", GOT slot ");
    put_hex(&l, (uint64_t)slot);
    put(&l, " patched");
    say(&l);
  }
  return addr;
}
