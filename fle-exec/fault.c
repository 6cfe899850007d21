// fault.c — teaching mode's crash reporter.
//
// With --trace, just before the jump, fle-exec installs a handler for
// SIGSEGV, SIGBUS, SIGILL, SIGFPE and SIGABRT on an alternate signal
// stack (so even a stack overflow gets reported).  When the program
// faults, or calls abort(), the handler explains it in terms of the
// executable, with the call chain (chain.c) — file:line too where the
// program has DWARF:
//
//   fle-exec: fault: SIGSEGV at 0x0: read at an address no segment covers (a NULL pointer?)
//   fle-exec: fault: #0 0x401022 <c+0xc> at three.c:4
//   fle-exec: fault: #1 0x401041 <b+0x18> at three.c:8
//   ...
//   fle-exec: fault: the program dies of SIGSEGV
//
// and then lets the program die of that same signal, so its status is
// what it would have been without --trace (139 for SIGSEGV, 134 for
// abort): the handler was installed with SA_RESETHAND, so the
// disposition is SIG_DFL again by the time it runs; returning
// re-executes the faulting instruction, which faults again and kills the
// process.  A signal sent with kill() or raise() (abort's) is sent again
// instead.
//
// The handler runs inside the program, after the loader's parsed file is
// gone and maybe after the program changed the thread pointer.  So it
// uses only what fault_prepare() copied into one read-only mapping
// (segment ranges, permissions, section names, symbols, the ELF twin for
// addr2line), formats by hand and talks to the kernel by raw system
// calls: no libc state, no errno, no TLS.  This file is compiled with
// -fno-stack-protector for the same reason (the canary lives in TLS).
#include "fault.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include <unistd.h>

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

// The segment a symbol of the report lies in, or -1 for symbols it
// does not name (section and file symbols, absolute values, symbols of
// sections no segment holds, such as .debug_*).
static int symbol_segment(const FleFile *f, const FleSymbol *s) {
  if (s->section < 0 || s->type == STT_SECTION || s->type == STT_FILE)
    return -1;
  for (size_t i = 0; i < f->nsegments; i++) {
    const FleSegment *g = &f->segments[i];
    if (s->value >= g->vaddr && s->value < g->vaddr + g->memsz)
      return (int)i;
  }
  return -1;
}

// A segment's name for the report: a library's says whose it is
// ("text of libgreet.so"); the executable's is its own.
static size_t segment_name(char *strings, size_t *slen, const FaultModule *m,
                           const FleSegment *g) {
  char name[256];
  snprintf(name, sizeof name, m->name ? "%s of %s" : "%s", g->name ? g->name : "",
           m->name);
  return add_string(strings, slen, name);
}

// One module's segments and symbols from segs[*ns] and syms[*nsym] on
// (or only counted, when the arrays are NULL).
static void layout_module(const FaultModule *m, FaultSeg *segs, size_t *ns, FaultSym *syms,
                          size_t *nsym, char *strings, size_t *slen) {
  const FleFile *f = m->f;
  size_t first = *ns;
  for (size_t i = 0; i < f->nsegments; i++) {
    const FleSegment *g = &f->segments[i];
    size_t name = segment_name(strings, slen, m, g);
    // Which sections the segment holds, for "holding .text".
    size_t secs = *slen;
    for (size_t k = 0; k < f->nsections; k++) {
      const FleSection *s = &f->sections[k];
      if (s->addr < g->vaddr || s->addr >= g->vaddr + g->memsz)
        continue;
      if (*slen > secs && strings)
        strings[*slen - 1] = ' ';
      add_string(strings, slen, s->name);
    }
    if (*slen == secs)
      add_string(strings, slen, "");
    if (segs)
      segs[*ns] = (FaultSeg){m->im->base + g->vaddr, m->im->base + g->vaddr + g->memsz,
                             g->flags, name, secs};
    (*ns)++;
  }
  for (size_t i = 0; i < f->nsyms; i++) {
    const FleSymbol *s = &f->syms[i];
    int seg = symbol_segment(f, s);
    if (seg < 0)
      continue;
    size_t name = add_string(strings, slen, s->name);
    if (syms)
      syms[*nsym] = (FaultSym){m->im->base + s->value, s->size, (uint32_t)(first + seg), name};
    (*nsym)++;
  }
}

// Lays the tables of n modules out in buf (or only measures, when buf
// is NULL); returns the size needed.
static size_t layout(char *buf, const FaultModule *mods, size_t n) {
  size_t nsegs = 0, nsyms = 0, slen = 0;
  for (size_t i = 0; i < n; i++)
    layout_module(&mods[i], NULL, &nsegs, NULL, &nsyms, NULL, &slen);
  size_t segs_at = sizeof(FaultInfo);
  size_t syms_at = segs_at + nsegs * sizeof(FaultSeg);
  size_t off = syms_at + nsyms * sizeof(FaultSym);
  if (!buf)
    return off + slen + 1;
  FaultInfo *fi = (FaultInfo *)buf;
  fi->segs = (FaultSeg *)(buf + segs_at);
  fi->syms = (FaultSym *)(buf + syms_at);
  char *strings = buf + off;
  fi->strings = strings;
  slen = 0;
  add_string(strings, &slen, "");
  fi->nsegs = fi->nsyms = 0;
  for (size_t i = 0; i < n; i++)
    layout_module(&mods[i], fi->segs, &fi->nsegs, fi->syms, &fi->nsyms, strings, &slen);
  return off + slen;
}

// addr2line's path, found on PATH now: at fault time there is no libc
// to search with, and the program may have changed its environment.
static bool find_addr2line(char *out, size_t n) {
  const char *path = getenv("PATH");
  if (!path)
    path = "/usr/bin:/bin";
  while (*path) {
    size_t len = strcspn(path, ":");
    if (len > 0 && (size_t)snprintf(out, n, "%.*s/addr2line", (int)len, path) < n &&
        access(out, X_OK) == 0)
      return true;
    path += len + (path[len] == ':');
  }
  return false;
}

// For file:line in the chain: the program's ELF twin (fle-objcopy),
// mapped read-only, if the program has line tables and addr2line is
// there to read them.  Best effort: without it the report names
// functions only.  A PIE's twin is exported at base 0: fle-objcopy keeps
// DWARF, which holds link-time addresses, only there; addresses are
// looked up less this run's base.
static void prepare_lines(FaultInfo *fi, const FleFile *f, const Image *im) {
  if (fle_find_section(f, ".debug_line") < 0 ||
      !find_addr2line(fi->addr2line, sizeof fi->addr2line))
    return;
  int fd = twin_make(im->path, im->base != 0, 0);
  fi->twin_bias = im->base;
  struct stat st;
  if (fd < 0)
    return;
  if (fstat(fd, &st) == 0 && st.st_size > 0) {
    void *m = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (m != MAP_FAILED) {
      fi->twin = m;
      fi->twin_size = (size_t)st.st_size;
    }
  }
  close(fd);
}

int fault_prepare(const FaultModule *mods, size_t n, const Stack *st) {
  size_t size = PAGE_UP(layout(NULL, mods, n));
  char *buf = mmap(NULL, size, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (buf == MAP_FAILED)
    return -1;
  layout(buf, mods, n);
  info = (FaultInfo *)buf;
  info->stack_lo = st->lo;
  info->stack_hi = st->hi;
  info->guard_lo = st->guard_lo;
  info->entry = mods[0].im->entry;
  prepare_lines(info, mods[0].f, mods[0].im);
  mprotect(buf, size, PROT_READ);   // the program cannot scribble on it
  altstack = mmap(NULL, ALTSTACK_SIZE, PROT_READ | PROT_WRITE,
                  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (altstack == MAP_FAILED)
    return -1;
  return 0;
}

// ------------------------------------------------------------- handler

void out_put(Out *o, const char *s) {
  while (*s && o->n < sizeof o->b - 1)
    o->b[o->n++] = *s++;
}

char *fmt_hex(char *dst, uint64_t v) {
  char t[19];
  int i = 18;
  t[i] = 0;
  do
    t[--i] = "0123456789abcdef"[v & 15];
  while (v >>= 4);
  t[--i] = 'x';
  t[--i] = '0';
  while ((*dst = t[i++]))
    dst++;
  return dst;
}

void out_hex(Out *o, uint64_t v) {
  char t[19];
  fmt_hex(t, v);
  out_put(o, t);
}

void out_dec(Out *o, uint64_t v) {
  char t[21], *d = t + sizeof t;
  *--d = 0;
  do
    *--d = (char)('0' + v % 10);
  while (v /= 10);
  out_put(o, d);
}

void out_flush(Out *o) {
  o->b[o->n++] = '\n';
  raw_syscall(SYS_write, 2, (long)o->b, o->n);
  o->n = 0;
}

static const char *str(uint32_t off) { return info->strings + off; }

// The symbol addr lies in: the one that covers it (by its size), else
// the nearest below it in the same segment.
const FaultSym *fault_symbol(const FaultInfo *fi, uint64_t addr) {
  const FaultSym *best = NULL;
  for (size_t i = 0; i < fi->nsyms; i++) {
    const FaultSym *s = &fi->syms[i];
    const FaultSeg *g = &fi->segs[s->seg];
    if (s->addr > addr || addr >= g->end)
      continue;
    bool covers = addr < s->addr + s->size;
    bool best_covers = best && addr < best->addr + best->size;
    if (!best || (covers && !best_covers) ||
        (covers == best_covers && s->addr > best->addr))
      best = s;
  }
  return best;
}

// " <sym+0x4>" for addr, or nothing.
static void put_symbol(Out *o, uint64_t addr) {
  const FaultSym *s = fault_symbol(info, addr);
  if (!s)
    return;
  out_put(o, " <");
  out_put(o, str(s->name));
  if (addr != s->addr) {
    out_put(o, "+");
    out_hex(o, addr - s->addr);
  }
  out_put(o, ">");
}

const FaultSeg *fault_segment(const FaultInfo *fi, uint64_t addr) {
  for (size_t i = 0; i < fi->nsegs; i++)
    if (addr >= fi->segs[i].start && addr < fi->segs[i].end)
      return &fi->segs[i];
  return NULL;
}

static void put_perm(Out *o, uint32_t flags) {
  char p[4] = {flags & PF_R ? 'r' : '-', flags & PF_W ? 'w' : '-',
               flags & PF_X ? 'x' : '-', 0};
  out_put(o, p);
}

static const char *signal_name(int sig) {
  switch (sig) {
  case SIGSEGV: return "SIGSEGV";
  case SIGBUS: return "SIGBUS";
  case SIGILL: return "SIGILL";
  case SIGFPE: return "SIGFPE";
  case SIGABRT: return "SIGABRT";
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
  out_put(o, ": ");
  out_put(o, access);
  const FaultSeg *g = fault_segment(info, addr);
  if (g) {
    out_put(o, need == PF_X ? " in " : need == PF_W ? " to " : " from ");
    put_perm(o, g->flags);
    out_put(o, " segment ");
    out_put(o, str(g->name));
    if (*str(g->sections)) {
      out_put(o, " holding ");
      out_put(o, str(g->sections));
    }
    if (!(g->flags & need)) {
      out_put(o, " (not ");
      out_put(o, need == PF_X ? "executable" : need == PF_W ? "writable" : "readable");
      out_put(o, ")");
    }
  } else if (addr >= info->guard_lo && addr < info->stack_lo) {
    out_put(o, " in the stack guard gap: stack overflow");
  } else if (addr >= info->stack_lo && addr < info->stack_hi) {
    out_put(o, " in the stack");
  } else if (addr < PAGE_SIZE) {
    out_put(o, " at an address no segment covers (a NULL pointer?)");
  } else {
    out_put(o, " at an address no segment covers");
  }
}

// What raised a signal no fault raised: abort(), the program itself
// (raise, kill), or another process.
static const char *sender(const FaultInfo *fi, int sig, const siginfo_t *si,
                          const Chain *c) {
  if (si->si_pid != raw_syscall(SYS_getpid, 0, 0, 0))
    return "sent by a process";
  if (sig == SIGABRT && chain_calls(fi, c, "abort"))
    return "the program called abort()";
  return "raised by the program itself";
}

static void on_fault(int sig, siginfo_t *si, void *ctx) {
  ucontext_t *uc = ctx;
  greg_t *r = uc->uc_mcontext.gregs;
  uint64_t addr = (uint64_t)si->si_addr;
  bool fault = si->si_code > 0 && si->si_code != SI_KERNEL;
  Out o;
  o.n = 0;
  Chain c;

  chain_walk(info, r[REG_RIP], r[REG_RSP], r[REG_RBP], &c);
  out_put(&o, "fle-exec: fault: ");
  out_put(&o, signal_name(sig));
  if (fault) {
    out_put(&o, " at ");
    out_hex(&o, addr);
    put_symbol(&o, addr);
  }
  if (sig == SIGSEGV && fault)
    explain_segv(&o, addr, r[REG_ERR]);
  else {
    out_put(&o, ": ");
    out_put(&o, si->si_code <= 0 ? sender(info, sig, si, &c)
                                 : code_name(sig, si->si_code));
  }
  out_flush(&o);
  chain_report(info, &c);
  out_put(&o, "fle-exec: fault: the program dies of ");
  out_put(&o, signal_name(sig));
  out_flush(&o);

  // SA_RESETHAND made the disposition SIG_DFL.  A fault happens again
  // when we return; a sent signal (abort's too) must be sent again.
  if (si->si_code <= 0)
    raw_syscall(SYS_tgkill, raw_syscall(SYS_getpid, 0, 0, 0),
                raw_syscall(SYS_gettid, 0, 0, 0), sig);
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
  int sigs[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT};
  for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++)
    if (sigaction(sigs[i], &sa, NULL) < 0)
      return -1;
  return 0;
}
