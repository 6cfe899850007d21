// chain.c — the fault report's call chain, as gdb's "bt" shows it:
//
//   fle-exec: fault: #0 0x401136 <c+0x11> at three.c:4
//   fle-exec: fault: #1 0x401154 <b+0x13> at three.c:8
//   ...
//   fle-exec: fault: #4 0x4011ac <__libc_start+0x4c>
//
// The frames are found by the frame-pointer chain: a function compiled
// with frame pointers (gcc -O0, and minilibc) starts with
// "push %rbp; mov %rsp,%rbp", so while it runs %rbp points at its
// caller's %rbp, saved just below the return address.  Every step is
// checked before it is trusted — the frame pointer lies in the stack,
// above the last one, and the return address lies in an executable
// segment — and memory is read with process_vm_readv, which fails
// instead of faulting: a wrong pointer stops the chain with one line
// saying why, never a second fault.  A function built without frame
// pointers (gcc -O1 and up) does not keep %rbp, so its callers cannot be
// found this way; the chain stops there and says so (gdb would read
// .eh_frame, which minilibc does not emit and we do not interpret).
//
// Frame #0 is where the signal struck, maybe before its function set up
// %rbp (at its first instruction), or after it let it go (at its ret),
// or outside code altogether (a call through a bad pointer): then the
// return address is the word at %rsp.
//
// file:line: where the program has line tables, binutils' addr2line
// reads them from the program's ELF twin, which fault_prepare() made
// with fle-objcopy (a PIE's at base 0, where its DWARF's addresses are).  The handler forks, and the child
// writes the twin into a memfd and execs addr2line on it with the
// frames' addresses; the handler reads its answer from a pipe.  As gdb
// does, a caller's line is that of its return address minus one — the
// call instruction, not the one after it.
//
// Like fault.c, this runs in the dying program: raw system calls only,
// compiled with -fno-stack-protector, and no aggregate initializers that
// gcc may turn into calls to memset (in the sanitized build, a call
// through the PLT: lazy binding reads the thread pointer).
#include "fault.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>

// A chain longer than this is a loop gone unnoticed, or not worth it.
#define CHAIN_MAX 1000000
// How far past %rsp frames may lie when the program runs on a stack of
// its own making (a thread's, a signal stack), whose extent we do not know.
#define OTHER_STACK_SPAN (64ULL << 20)

// Reads n bytes at addr of this process; how many could be read.
static size_t peek(uint64_t addr, void *buf, size_t n) {
  struct iovec local = {buf, n}, remote = {(void *)addr, n};
  long r = raw_syscall6(SYS_process_vm_readv, raw_syscall(SYS_getpid, 0, 0, 0),
                        (long)&local, 1, (long)&remote, 1, 0);
  return r < 0 ? 0 : (size_t)r;
}

static bool peek64(uint64_t addr, uint64_t *v) {
  return peek(addr, v, sizeof *v) == sizeof *v;
}

static bool is_code(const FaultInfo *fi, uint64_t addr) {
  const FaultSeg *g = fault_segment(fi, addr);
  return g && (g->flags & PF_X);
}

// Where fn sets up its frame pointer: the offsets of "mov %rsp,%rbp"
// (48 89 e5) among its first bytes, and of the "push %rbp" (55) before
// it — not always next to each other (gcc -O2 schedules other
// instructions between them), nor at the very start (an endbr64, or a
// shrink-wrapped early return, may come first).  False if fn never sets
// one up: code built with -fomit-frame-pointer, gcc's default from -O1.
typedef struct {
  long push, mov;     // push is -1 if not found
} Prologue;

static bool prologue(const FaultSym *fn, Prologue *p) {
  unsigned char code[256];
  size_t n = fn->size && fn->size < sizeof code ? fn->size : sizeof code;
  n = peek(fn->addr, code, n);
  p->push = -1;
  for (size_t i = 0; i + 3 <= n; i++) {
    if (code[i] == 0x48 && code[i + 1] == 0x89 && code[i + 2] == 0xe5) {
      p->mov = (long)i;
      return true;
    }
    if (code[i] == 0x55)
      p->push = (long)i;
  }
  return false;
}

// The walk's state: frame k's pc, and %rbp as frame k's function has it.
typedef struct {
  const FaultInfo *fi;
  uint64_t bottom, hi; // the stack: where frame records may lie
  uint64_t lo;        // the lowest a next record may be: above the last
  uint64_t pc, fp;
  bool at_call;       // pc is a return address (frames above #0)
  const FaultSym *checked; // the last function found to keep %rbp
} Walk;

static void stop(Chain *c, const char *why, uint64_t addr, const FaultSym *fn) {
  c->why = why;
  c->why_addr = addr;
  c->why_fn = fn;
}

// Whether the instruction just before ra is a call, as it is before a
// return address: e8 rel32, or ff /2 — call *%reg, call *%r8..15,
// call *disp32(%rip).
static bool after_call(uint64_t ra) {
  unsigned char b[6];
  if (peek(ra - 6, b, 6) != 6)
    return false;
  return b[1] == 0xe8 || (b[4] == 0xff && (b[5] & 0xf8) == 0xd0) ||
         (b[3] == 0x41 && b[4] == 0xff && (b[5] & 0xf8) == 0xd0) ||
         (b[0] == 0xff && b[1] == 0x15);
}

// Frame #0's caller when %rbp is not (yet, or any more, or ever) its
// function's own frame pointer: the return address is the word at %rsp
// (or just above the saved %rbp), when that word follows a call.
//   - pc outside code: a call through a bad pointer;
//   - pc before the prologue's mov %rsp,%rbp, or at a ret;
//   - a function that keeps no frame pointer, a leaf most likely (gcc
//     12 omits it in leaves that need no stack, even minilibc's).
// False when %rbp is to be followed as usual, or the chain stops.
static bool caller_from_sp(Walk *w, uint64_t sp, Chain *c) {
  uint64_t at = sp;
  const FaultSym *fn = fault_symbol(w->fi, w->pc);
  Prologue p;
  unsigned char insn = 0;
  bool guess = false;     // no frame pointer: only a call proves it
  if (is_code(w->fi, w->pc)) {
    if (fn && !prologue(fn, &p))
      guess = true;
    else if (fn && w->pc <= fn->addr + p.mov) {
      if (p.push >= 0 && w->pc > fn->addr + p.push)
        at = sp + 8;                            // %rbp pushed, not yet set
    } else if (!(peek(w->pc, &insn, 1) == 1 && insn == 0xc3))
      return false;                             // not at a ret either
  }
  // A guess also fails on a return address into fn itself: left on the
  // stack by a call fn made before, so fn is no leaf and the word at
  // %rsp is stale.
  uint64_t ra;
  if (!peek64(at, &ra) || !is_code(w->fi, ra) || !after_call(ra) ||
      (guess && fault_symbol(w->fi, ra - 1) == fn)) {
    if (guess)
      stop(c, NULL, 0, fn);
    else
      stop(c, "no return address at the stack pointer", at, NULL);
    return true;
  }
  w->pc = ra;
  w->at_call = true;
  return true;
}

// One step out along the frame pointers; false when the chain ends
// (c->why says why, unless it reached the outermost frame).
static bool step(Walk *w, Chain *c) {
  const FaultSym *fn = fault_symbol(w->fi, w->pc - w->at_call);
  Prologue p;
  if (fn && fn == fault_symbol(w->fi, w->fi->entry))
    return false;         // _start: the outermost frame
  if (fn && fn != w->checked && !prologue(fn, &p)) {
    stop(c, NULL, 0, fn);
    return false;
  }
  w->checked = fn;        // a recursion reads its code once
  if (w->fp == 0)
    return false;         // the ABI's mark of the outermost frame
  uint64_t next_fp, ra;
  if (w->fp < w->bottom || w->fp > w->hi - 16) {
    stop(c, "frame pointer not in the stack", w->fp, NULL);
    return false;
  }
  if (w->fp < w->lo || w->fp & 7) {
    stop(c, w->fp & 7 ? "frame pointer misaligned"
                      : "frame pointer goes down the stack", w->fp, NULL);
    return false;
  }
  if (!peek64(w->fp, &next_fp) || !peek64(w->fp + 8, &ra)) {
    stop(c, "frame pointer not readable", w->fp, NULL);
    return false;
  }
  if (!is_code(w->fi, ra)) {
    stop(c, "return address not in code", ra, NULL);
    return false;
  }
  w->lo = w->fp + 16;     // strictly outwards: no loops
  w->pc = ra;
  w->fp = next_fp;
  w->at_call = true;
  return true;
}

static void record(Chain *c, uint64_t pc) {
  if (c->nhead < CHAIN_HEAD)
    c->pc[c->nhead++] = pc;
  else {
    uint64_t *tail = c->pc + CHAIN_HEAD;
    if (c->ntail == CHAIN_TAIL)
      for (size_t i = 1; i < CHAIN_TAIL; i++)
        tail[i - 1] = tail[i];
    else
      c->ntail++;
    tail[c->ntail - 1] = pc;
  }
  c->total++;
}

void chain_walk(const FaultInfo *fi, uint64_t pc, uint64_t sp, uint64_t fp,
                Chain *c) {
  c->nhead = c->ntail = c->total = 0;
  stop(c, NULL, 0, NULL);
  // A stack overflow leaves %rsp in the guard gap below the stack.
  Walk w = {fi, fi->guard_lo, fi->stack_hi, sp, pc, fp, false, NULL};
  if (sp < fi->guard_lo || sp >= fi->stack_hi) {
    w.bottom = sp;
    w.hi = sp + OTHER_STACK_SPAN;
  }
  record(c, pc);
  if (caller_from_sp(&w, sp, c)) {
    if (c->why || c->why_fn)
      return;
    record(c, w.pc);
  }
  while (step(&w, c)) {
    record(c, w.pc);
    if (c->total == CHAIN_MAX) {
      stop(c, "a million frames, and more", 0, NULL);
      break;
    }
  }
}

// Whether a frame of the chain is in the function called name.
bool chain_calls(const FaultInfo *fi, const Chain *c, const char *name) {
  for (size_t i = 0; i < c->nhead + c->ntail; i++) {
    const FaultSym *s = fault_symbol(fi, c->pc[i] - (i > 0));
    const char *a = s ? fi->strings + s->name : "", *b = name;
    while (*a && *a == *b)
      a++, b++;
    if (s && *a == *b)
      return true;
  }
  return false;
}

// ------------------------------------------------------------ file:line

// The child: the twin into a memfd, then addr2line on it, its answer
// into the pipe out.  Returns only if it failed.
static void run_addr2line(const FaultInfo *fi, int out, const uint64_t *addrs,
                          size_t n) {
  uint64_t none = 0;
  raw_syscall6(SYS_rt_sigprocmask, SIG_SETMASK, (long)&none, 0, 8, 0, 0);
  // stdout and stderr first: the program may have closed them, and the
  // memfd must not take their place.
  raw_syscall(SYS_dup2, out, 1, 0);
  raw_syscall(SYS_fcntl, 1, F_SETFD, 0);  // out may have been 1 already
  int null = (int)raw_syscall(SYS_open, (long)"/dev/null", O_WRONLY, 0);
  raw_syscall(SYS_dup2, null, 2, 0);
  raw_syscall(SYS_alarm, 10, 0, 0);       // never hang the dying program
  int fd = (int)raw_syscall(SYS_memfd_create, (long)"fle-exec-twin", 0, 0);
  if (fd < 0)
    return;
  for (size_t done = 0; done < fi->twin_size;) {
    long w = raw_syscall(SYS_write, fd, (long)(fi->twin + done),
                         (long)(fi->twin_size - done));
    if (w <= 0)
      return;
    done += (size_t)w;
  }

  char file[40], *p = file, *d;
  for (const char *s = "/proc/self/fd/"; *s;)
    *p++ = *s++;
  char digits[12];
  d = digits + sizeof digits;
  *--d = 0;
  do
    *--d = (char)('0' + fd % 10);
  while (fd /= 10);
  while ((*p++ = *d++))
    ;
  char hex[CHAIN_HEAD + CHAIN_TAIL][19];
  char *argv[5 + CHAIN_HEAD + CHAIN_TAIL], *envp[1];
  argv[0] = "addr2line", argv[1] = "-s", argv[2] = "-e", argv[3] = file;
  for (size_t i = 0; i < n; i++) {
    fmt_hex(hex[i], addrs[i]);
    argv[4 + i] = hex[i];
  }
  argv[4 + n] = NULL;
  envp[0] = NULL;
  raw_syscall(SYS_execve, (long)fi->addr2line, (long)argv, (long)envp);
}

// addr2line's answer for addrs, lines[i] pointing into buf (NULL where
// there is none).
static void source_lines(const FaultInfo *fi, const uint64_t *addrs, size_t n,
                         char *buf, size_t cap, const char **lines) {
  for (size_t i = 0; i < n; i++)
    lines[i] = NULL;
  int p[2];
  if (!fi->twin || raw_syscall(SYS_pipe2, (long)p, O_CLOEXEC, 0) < 0)
    return;
  // A fork whose end signals nothing: the program's SIGCHLD handler, if
  // it has one, must not run.
  long pid = raw_syscall6(SYS_clone, 0, 0, 0, 0, 0, 0);
  if (pid == 0) {
    raw_syscall(SYS_close, p[0], 0, 0);
    run_addr2line(fi, p[1], addrs, n);
    raw_syscall(SYS_exit_group, 127, 0, 0);
  }
  raw_syscall(SYS_close, p[1], 0, 0);
  size_t len = 0;
  while (pid > 0 && len < cap - 1) {
    long r = raw_syscall(SYS_read, p[0], (long)(buf + len), (long)(cap - 1 - len));
    if (r == -EINTR)
      continue;
    if (r <= 0)
      break;
    len += (size_t)r;
  }
  buf[len] = 0;
  raw_syscall(SYS_close, p[0], 0, 0);
  if (pid > 0)
    while (raw_syscall6(SYS_wait4, pid, 0, __WALL, 0, 0, 0) == -EINTR)
      ;
  // One line per address: "file.c:12", maybe " (discriminator 2)"
  // after it; "??:0" or "file.c:?" when it is not known.
  char *s = buf;
  for (size_t i = 0; i < n && *s; i++) {
    char *e = s, *colon = NULL;
    while (*e && *e != '\n' && *e != ' ')
      if (*e++ == ':')
        colon = e - 1;
    char *next = e;
    while (*next && *next != '\n')
      next++;
    if (*next)
      next++;
    *e = 0;
    if (colon && s[0] != '?' && colon[1] >= '1' && colon[1] <= '9')
      lines[i] = s;
    s = next;
  }
}

// ------------------------------------------------------------- report

static void put_frame(const FaultInfo *fi, size_t k, uint64_t pc,
                      const char *line) {
  Out o;
  o.n = 0;
  out_put(&o, "fle-exec: fault: #");
  out_dec(&o, k);
  out_put(&o, " ");
  out_hex(&o, pc);
  // A caller's function is that of its call instruction, just before
  // the return address (which may be past the end of a function that
  // ends in a call to a noreturn function, such as abort).
  const FaultSym *s = fault_symbol(fi, pc - (k > 0));
  if (s) {
    out_put(&o, " <");
    out_put(&o, fi->strings + s->name);
    if (pc != s->addr) {
      out_put(&o, "+");
      out_hex(&o, pc - s->addr);
    }
    out_put(&o, ">");
  }
  if (line) {
    out_put(&o, " at ");
    out_put(&o, line);
  }
  out_flush(&o);
}

void chain_report(const FaultInfo *fi, const Chain *c) {
  size_t n = c->nhead + c->ntail;
  uint64_t look[CHAIN_HEAD + CHAIN_TAIL];
  const char *lines[CHAIN_HEAD + CHAIN_TAIL];
  char buf[4096];
  for (size_t i = 0; i < n; i++)
    look[i] = c->pc[i] - (i > 0) - fi->twin_bias;
  source_lines(fi, look, n, buf, sizeof buf, lines);

  for (size_t i = 0; i < c->nhead; i++)
    put_frame(fi, i, c->pc[i], lines[i]);
  Out o;
  o.n = 0;
  size_t first_tail = c->total - c->ntail;
  if (first_tail > c->nhead) {
    out_put(&o, "fle-exec: fault: ... ");
    out_dec(&o, first_tail - c->nhead);
    out_put(&o, " frames more ...");
    out_flush(&o);
  }
  for (size_t i = 0; i < c->ntail; i++)
    put_frame(fi, first_tail + i, c->pc[CHAIN_HEAD + i], lines[CHAIN_HEAD + i]);

  if (c->why_fn) {
    out_put(&o, "fle-exec: fault: the chain stops: ");
    out_put(&o, fi->strings + c->why_fn->name);
    out_put(&o, " keeps no frame pointer (built with -O1 or more?)");
    out_flush(&o);
  } else if (c->why) {
    out_put(&o, "fle-exec: fault: the chain stops: ");
    out_put(&o, c->why);
    if (c->why_addr) {
      out_put(&o, " (");
      out_hex(&o, c->why_addr);
      out_put(&o, ")");
    }
    out_flush(&o);
  }
}
