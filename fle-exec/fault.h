// fault.h — what fault.c (the report) and chain.c (its call chain)
// share: the tables fault_prepare() copies into a read-only mapping, and
// the few tools a signal handler with no libc may use — raw system
// calls and a line buffer formatted by hand.
#ifndef FLE_EXEC_FAULT_H
#define FLE_EXEC_FAULT_H

#include "fle-exec.h"

#include <stddef.h>
#include <stdint.h>

typedef struct {
  uint64_t start, end;    // memsz range, base applied
  uint32_t flags;
  uint32_t name;          // offsets into the string area
  uint32_t sections;
} FaultSeg;

typedef struct {
  uint64_t addr, size;    // base applied
  uint32_t seg, name;     // the segment holding it; its name
} FaultSym;

typedef struct {
  size_t nsegs, nsyms;
  uint64_t stack_lo, stack_hi, guard_lo;
  uint64_t entry;         // _start, where call chains end
  FaultSeg *segs;
  FaultSym *syms;
  const char *strings;
  // For file:line: the program's ELF twin with its DWARF, at link-time
  // addresses (run-time ones less twin_bias, a PIE's base), and binutils'
  // addr2line; twin is NULL when the program has no .debug_line or
  // addr2line is not installed.
  const char *twin;
  size_t twin_size;
  uint64_t twin_bias;
  char addr2line[256];
} FaultInfo;

// One line of the report.
typedef struct {
  char b[512];
  size_t n;
} Out;

static inline long raw_syscall6(long n, long a, long b, long c, long d,
                                long e, long f) {
  register long r10 __asm__("r10") = d;
  register long r8 __asm__("r8") = e;
  register long r9 __asm__("r9") = f;
  long r;
  __asm__ volatile("syscall"
                   : "=a"(r)
                   : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
                   : "rcx", "r11", "memory");
  return r;
}

static inline long raw_syscall(long n, long a, long b, long c) {
  return raw_syscall6(n, a, b, c, 0, 0, 0);
}

// fault.c
void out_put(Out *o, const char *s);
void out_hex(Out *o, uint64_t v);
void out_dec(Out *o, uint64_t v);
void out_flush(Out *o);
char *fmt_hex(char *dst, uint64_t v); // "0x..." and NUL; returns the NUL
const FaultSym *fault_symbol(const FaultInfo *fi, uint64_t addr);
const FaultSeg *fault_segment(const FaultInfo *fi, uint64_t addr);

// chain.c: the frames from the interrupted instruction outwards.
#define CHAIN_HEAD 16   // innermost frames shown
#define CHAIN_TAIL 4    // outermost frames shown after a gap

typedef struct {
  uint64_t pc[CHAIN_HEAD + CHAIN_TAIL]; // head, then the tail in order
  size_t nhead, ntail;
  size_t total;           // frames found in all
  const char *why;        // why the chain stopped early, or NULL
  uint64_t why_addr;      // the address why speaks of
  const FaultSym *why_fn; // or the function it speaks of
} Chain;

void chain_walk(const FaultInfo *fi, uint64_t pc, uint64_t sp, uint64_t fp,
                Chain *c);
bool chain_calls(const FaultInfo *fi, const Chain *c, const char *name);
void chain_report(const FaultInfo *fi, const Chain *c);

#endif
