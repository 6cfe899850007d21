// fault.c — teaching mode's crash reporter.
//
// With --trace, just before the jump, fle-exec installs a handler for
// SIGSEGV, SIGBUS, SIGILL and SIGFPE on an alternate signal stack (so
// even a stack overflow gets reported).  When the program faults, the
// handler explains it in terms of the executable:
//
//   fle-exec: fault: SIGSEGV at 0x401000 <_start>: write to r-x segment text holding .text
//   fle-exec: fault: instruction 0x40101a <poke+0x4>
//   fle-exec: fault: the program dies of SIGSEGV
//
// and then lets the program die of that same signal, so its status is
// what it would have been without --trace (139 for SIGSEGV): the handler
// was installed with SA_RESETHAND, so the disposition is SIG_DFL again
// by the time it runs; returning re-executes the faulting instruction,
// which faults again and kills the process.  A signal someone sent with
// kill() is sent again instead.
//
// The handler runs inside the program, after the loader's parsed file is
// gone and maybe after the program changed the thread pointer.  So it
// uses only what fault_prepare() copied into one read-only mapping
// (segment ranges, permissions, section names, symbols), formats by hand
// and talks to the kernel by raw system calls: no libc state, no errno,
// no TLS.  This file is compiled with -fno-stack-protector for the same
// reason (the canary lives in TLS).
#include "fle-exec.h"

#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <ucontext.h>

typedef struct {
  uint64_t start, end;    // memsz range, base applied
  uint32_t flags;
  uint32_t name;          // offsets into the string area
  uint32_t sections;
} FaultSeg;

typedef struct {
  uint64_t addr, size;
  uint32_t seg, name;
} FaultSym;

typedef struct {
  size_t nsegs, nsyms;
  uint64_t stack_lo, stack_hi, guard_lo;
  FaultSeg *segs;
  FaultSym *syms;
  const char *strings;
} FaultInfo;

static FaultInfo *info;
static void *altstack;
#define ALTSTACK_SIZE (64 * 1024)

// ---------------------------------------------------------- preparation

static size_t add_string(char *area, size_t *len, const char *s) {
  size_t at = *len, n = strlen(s) + 1;
  if (area)
    memcpy(area + at, s, n);
  *len += n;
  return at;
}

// Lays the tables out in buf (or only measures, when buf is NULL);
// returns the size needed.
static size_t layout(char *buf, const FleFile *f, const Image *im) {
  size_t nsyms = 0;
  for (size_t i = 0; i < f->nsyms; i++)
    if (f->syms[i].section >= 0 && f->syms[i].type != STT_SECTION &&
        f->syms[i].type != STT_FILE)
      nsyms++;
  size_t off = sizeof(FaultInfo);
  size_t segs_at = off;
  off += f->nsegments * sizeof(FaultSeg);
  size_t syms_at = off;
  off += nsyms * sizeof(FaultSym);
  char *strings = buf ? buf + off : NULL;
  size_t slen = 0;
  FaultSeg *segs = buf ? (FaultSeg *)(buf + segs_at) : NULL;
  FaultSym *syms = buf ? (FaultSym *)(buf + syms_at) : NULL;

  add_string(strings, &slen, "");
  for (size_t i = 0; i < f->nsegments; i++) {
    const FleSegment *g = &f->segments[i];
    size_t name = add_string(strings, &slen, g->name ? g->name : "");
    // Which sections the segment holds, for "holding .text".
    size_t secs = slen;
    for (size_t k = 0; k < f->nsections; k++) {
      const FleSection *s = &f->sections[k];
      if (s->addr < g->vaddr || s->addr >= g->vaddr + g->memsz)
        continue;
      if (slen > secs && strings)
        strings[slen - 1] = ' ';
      add_string(strings, &slen, s->name);
    }
    if (slen == secs)
      add_string(strings, &slen, "");
    if (segs)
      segs[i] = (FaultSeg){im->base + g->vaddr, im->base + g->vaddr + g->memsz,
                           g->flags, name, secs};
  }
  size_t k = 0;
  for (size_t i = 0; i < f->nsyms; i++) {
    const FleSymbol *s = &f->syms[i];
    if (s->section < 0 || s->type == STT_SECTION || s->type == STT_FILE)
      continue;
    size_t name = add_string(strings, &slen, s->name);
    if (syms)
      syms[k] = (FaultSym){im->base + s->value, s->size, s->section, name};
    k++;
  }
  if (buf) {
    FaultInfo *fi = (FaultInfo *)buf;
    fi->nsegs = f->nsegments;
    fi->nsyms = nsyms;
    fi->segs = segs;
    fi->syms = syms;
    fi->strings = strings;
  }
  return off + slen;
}

int fault_prepare(const FleFile *f, const Image *im, const Stack *st) {
  size_t size = PAGE_UP(layout(NULL, f, im));
  char *buf = mmap(NULL, size, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (buf == MAP_FAILED)
    return -1;
  layout(buf, f, im);
  info = (FaultInfo *)buf;
  info->stack_lo = st->lo;
  info->stack_hi = st->hi;
  info->guard_lo = st->guard_lo;
  mprotect(buf, size, PROT_READ);   // the program cannot scribble on it
  altstack = mmap(NULL, ALTSTACK_SIZE, PROT_READ | PROT_WRITE,
                  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (altstack == MAP_FAILED)
    return -1;
  return 0;
}

// ------------------------------------------------------------- handler

static long raw_syscall(long n, long a, long b, long c) {
  long r;
  __asm__ volatile("syscall"
                   : "=a"(r)
                   : "a"(n), "D"(a), "S"(b), "d"(c)
                   : "rcx", "r11", "memory");
  return r;
}

typedef struct {
  char b[512];
  size_t n;
} Out;

static void put(Out *o, const char *s) {
  while (*s && o->n < sizeof o->b - 1)
    o->b[o->n++] = *s++;
}

static void put_hex(Out *o, uint64_t v) {
  char t[19];
  int i = 18;
  t[i] = 0;
  do
    t[--i] = "0123456789abcdef"[v & 15];
  while (v >>= 4);
  t[--i] = 'x';
  t[--i] = '0';
  put(o, t + i);
}

static void flush(Out *o) {
  o->b[o->n++] = '\n';
  raw_syscall(SYS_write, 2, (long)o->b, o->n);
  o->n = 0;
}

static const char *str(uint32_t off) { return info->strings + off; }

// " <sym+0x4>" for addr, or nothing.
static void put_symbol(Out *o, uint64_t addr) {
  const FaultSym *best = NULL;
  for (size_t i = 0; i < info->nsyms; i++) {
    const FaultSym *s = &info->syms[i];
    const FaultSeg *g = &info->segs[s->seg];
    if (s->addr > addr || addr >= g->end)
      continue;
    bool covers = addr < s->addr + s->size;
    bool best_covers = best && addr < best->addr + best->size;
    if (!best || (covers && !best_covers) ||
        (covers == best_covers && s->addr > best->addr))
      best = s;
  }
  if (!best)
    return;
  put(o, " <");
  put(o, str(best->name));
  if (addr != best->addr) {
    put(o, "+");
    put_hex(o, addr - best->addr);
  }
  put(o, ">");
}

static const FaultSeg *segment_at(uint64_t addr) {
  for (size_t i = 0; i < info->nsegs; i++)
    if (addr >= info->segs[i].start && addr < info->segs[i].end)
      return &info->segs[i];
  return NULL;
}

static void put_perm(Out *o, uint32_t flags) {
  char p[4] = {flags & PF_R ? 'r' : '-', flags & PF_W ? 'w' : '-',
               flags & PF_X ? 'x' : '-', 0};
  put(o, p);
}

static const char *signal_name(int sig) {
  switch (sig) {
  case SIGSEGV: return "SIGSEGV";
  case SIGBUS: return "SIGBUS";
  case SIGILL: return "SIGILL";
  case SIGFPE: return "SIGFPE";
  }
  return "signal";
}

static const char *code_name(int sig, int code) {
  if (code == SI_KERNEL)
    return "general protection fault: non-canonical address or privileged "
           "instruction";
  if (code <= 0)
    return "sent by a process";
  switch (sig) {
  case SIGSEGV:
    return code == SEGV_MAPERR ? "address not mapped" : "permission denied";
  case SIGBUS:
    return code == BUS_ADRALN ? "misaligned address"
           : code == BUS_ADRERR ? "nonexistent physical address"
                                : "object-specific hardware error";
  case SIGILL:
    return code == ILL_ILLOPC ? "illegal opcode"
           : code == ILL_PRVOPC ? "privileged opcode"
                                : "illegal instruction";
  case SIGFPE:
    return code == FPE_INTDIV ? "integer divide by zero"
           : code == FPE_INTOVF ? "integer overflow"
           : code == FPE_FLTDIV ? "floating-point divide by zero"
                                : "floating-point exception";
  }
  return "";
}

// SIGSEGV on a page fault: which access, where, and what was violated.
static void explain_segv(Out *o, uint64_t addr, uint64_t err) {
  const char *access = err & 0x10 ? "execute" : err & 2 ? "write" : "read";
  uint32_t need = err & 0x10 ? PF_X : err & 2 ? PF_W : PF_R;
  put(o, ": ");
  put(o, access);
  const FaultSeg *g = segment_at(addr);
  if (g) {
    put(o, need == PF_X ? " in " : need == PF_W ? " to " : " from ");
    put_perm(o, g->flags);
    put(o, " segment ");
    put(o, str(g->name));
    if (*str(g->sections)) {
      put(o, " holding ");
      put(o, str(g->sections));
    }
    if (!(g->flags & need)) {
      put(o, " (not ");
      put(o, need == PF_X ? "executable" : need == PF_W ? "writable" : "readable");
      put(o, ")");
    }
  } else if (addr >= info->guard_lo && addr < info->stack_lo) {
    put(o, " in the stack guard gap: stack overflow");
  } else if (addr >= info->stack_lo && addr < info->stack_hi) {
    put(o, " in the stack");
  } else if (addr < PAGE_SIZE) {
    put(o, " at an address no segment covers (a NULL pointer?)");
  } else {
    put(o, " at an address no segment covers");
  }
}

static void on_fault(int sig, siginfo_t *si, void *ctx) {
  ucontext_t *uc = ctx;
  uint64_t rip = uc->uc_mcontext.gregs[REG_RIP];
  uint64_t err = uc->uc_mcontext.gregs[REG_ERR];
  uint64_t addr = (uint64_t)si->si_addr;
  Out o = {.n = 0};

  put(&o, "fle-exec: fault: ");
  put(&o, signal_name(sig));
  if (si->si_code > 0 && si->si_code != SI_KERNEL) {
    put(&o, " at ");
    put_hex(&o, addr);
    put_symbol(&o, addr);
  }
  if (sig == SIGSEGV && si->si_code > 0 && si->si_code != SI_KERNEL)
    explain_segv(&o, addr, err);
  else {
    put(&o, ": ");
    put(&o, code_name(sig, si->si_code));
  }
  flush(&o);
  put(&o, "fle-exec: fault: instruction ");
  put_hex(&o, rip);
  put_symbol(&o, rip);
  flush(&o);
  put(&o, "fle-exec: fault: the program dies of ");
  put(&o, signal_name(sig));
  flush(&o);

  // SA_RESETHAND made the disposition SIG_DFL.  A fault happens again
  // when we return; a sent signal must be sent again.
  if (si->si_code <= 0 || si->si_code == SI_KERNEL) {
    if (si->si_code <= 0)
      raw_syscall(SYS_tgkill, raw_syscall(SYS_getpid, 0, 0, 0),
                  raw_syscall(SYS_gettid, 0, 0, 0), sig);
  }
}

int fault_install(void) {
  stack_t ss = {.ss_sp = altstack, .ss_size = ALTSTACK_SIZE, .ss_flags = 0};
  if (sigaltstack(&ss, NULL) < 0)
    return -1;
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_fault;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESETHAND;
  sigemptyset(&sa.sa_mask);
  int sigs[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE};
  for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++)
    if (sigaction(sigs[i], &sa, NULL) < 0)
      return -1;
  return 0;
}
