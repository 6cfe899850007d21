// stack.c — the program's initial stack, as Linux builds it.
//
// The program runs on the stack the kernel made for fle-exec: the same
// mapping a program the kernel started would get, grown by the kernel as
// far as RLIMIT_STACK allows, with the kernel's guard gap below it, and
// nothing to map or unmap.  Its top holds the kernel's copy of
// fle-exec's own arguments, environment and auxv; the program's are laid
// out in a buffer and copied over them (stack_place) as the last step
// before the jump, when fle-exec needs its own no more.  They fit there
// almost always: they are fle-exec's less its own path and options (and
// the kernel leaves up to 8 KiB of random slack below its strings).
//
// When they do not fit, or the kernel's stack top cannot be told for
// sure, a fresh stack is mapped read-write, never executable, as large
// as the kernel would let the program's stack grow: RLIMIT_STACK's soft
// limit (`ulimit -s`, 8 MiB by default; 1 GiB when unlimited), with a
// 1 MiB PROT_NONE guard gap below it (Linux's stack_guard_gap), so a
// runaway recursion dies of SIGSEGV instead of writing into whatever
// lies below.
//
// Either way, from the top down, the same layout as the kernel's
// create_elf_tables() (the System V x86-64 ABI, §3.4.1):
//
//   top      8 zero bytes (end marker)
//            AT_EXECFN string: the program's path as the user typed it
//            envp strings, argv strings (argv[0] lowest)
//            "x86_64" (AT_PLATFORM), 16 random bytes (AT_RANDOM)
//            padding to 16 bytes
//            auxv: (type, value) pairs, ending with AT_NULL
//            envp[0..envc-1], NULL
//            argv[0..argc-1], NULL
//   rsp ->   argc                              (rsp % 16 == 0)
//
// spec/abi.md lists every auxv entry and why.
#include "fle-exec.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/resource.h>

#define STACK_MIN (128ULL << 10)  // the room Linux gives a stack at exec
#define STACK_MAX (1ULL << 30)    // for `ulimit -s unlimited`
#define GUARD_SIZE (1ULL << 20)
#define MAX_AUXV 24

static const char platform[] = "x86_64";

void stack_discard(Stack *st) {
  if (st->mapped)
    munmap((void *)st->guard_lo, st->hi - st->guard_lo);
  st->mapped = false;
}

// The auxiliary vector.  Values the kernel gave fle-exec itself that
// describe the machine or the user (vDSO, hardware capabilities, clock
// ticks, ids, signal stack size) are passed on unchanged; those that
// describe the program are ours.  AT_PHDR/AT_PHENT/AT_PHNUM are absent:
// an FLE program has no ELF program headers.
static int fill_auxv(uint64_t *a, const Stack *st, const Image *im) {
  int n = 0;
#define AUX(t, v) (a[2 * n] = (t), a[2 * n + 1] = (v), n++)
  if (getauxval(AT_SYSINFO_EHDR))
    AUX(AT_SYSINFO_EHDR, getauxval(AT_SYSINFO_EHDR));
#ifdef AT_MINSIGSTKSZ
  if (getauxval(AT_MINSIGSTKSZ))
    AUX(AT_MINSIGSTKSZ, getauxval(AT_MINSIGSTKSZ));
#endif
  AUX(AT_HWCAP, getauxval(AT_HWCAP));
  AUX(AT_PAGESZ, PAGE_SIZE);
  AUX(AT_CLKTCK, getauxval(AT_CLKTCK) ? getauxval(AT_CLKTCK) : 100);
  AUX(AT_BASE, 0);            // no interpreter
  AUX(AT_FLAGS, 0);
  AUX(AT_ENTRY, im->entry);
  AUX(AT_UID, getauxval(AT_UID));
  AUX(AT_EUID, getauxval(AT_EUID));
  AUX(AT_GID, getauxval(AT_GID));
  AUX(AT_EGID, getauxval(AT_EGID));
  AUX(AT_SECURE, 0);          // fle-exec is never set-id
  AUX(AT_RANDOM, st->random);
  if (getauxval(AT_HWCAP2))
    AUX(AT_HWCAP2, getauxval(AT_HWCAP2));
  AUX(AT_EXECFN, st->execfn);
  AUX(AT_PLATFORM, st->platform);
  if (im->modules)
    AUX(AT_FLE_MODULES, im->modules);   // a dynamic program's modules
  if (im->dl)
    AUX(AT_FLE_DL, im->dl);             // and dlopen's entry (dl.c)
  AUX(AT_NULL, 0);
#undef AUX
  return n;
}

// RLIMIT_STACK's soft limit, page-rounded; UINT64_MAX for none.
static uint64_t stack_limit(void) {
  static uint64_t limit;
  struct rlimit rl;
  if (!limit)
    limit = getrlimit(RLIMIT_STACK, &rl) < 0 || rl.rlim_cur == RLIM_INFINITY
                ? UINT64_MAX
                : PAGE_DOWN((uint64_t)rl.rlim_cur);
  return limit;
}

// The new stack's size: the limit, within [STACK_MIN, STACK_MAX].
static uint64_t stack_size(void) {
  uint64_t limit = stack_limit();
  return limit > STACK_MAX ? STACK_MAX : limit < STACK_MIN ? STACK_MIN : limit;
}

static bool overlaps(uint64_t a, uint64_t b, uint64_t lo, uint64_t hi) {
  return a < hi && lo < b;
}

// Where the kernel's stack — the one fle-exec itself started on — lies,
// so that enter.S can unmap it once it has left it: [*lo, *hi), or
// false if that cannot be told for sure.  Worked out as fs/exec.c lays
// it out: its top is just above the highest string (AT_EXECFN, then an
// 8-byte end marker); its bottom is the page of the lowest string
// (fle-exec's own argv[0]) less 128 KiB of room, or less the stack
// limit if that is smaller.  Should fle-exec have grown it further, the
// part below stays mapped: harmless, and nothing else is there (Linux
// keeps other mappings a guard gap away).  On false, *lo = *hi = 0.
bool stack_kernel_range(char *const *loader_argv, const Image *im,
                        const Stack *st, uint64_t *lo, uint64_t *hi) {
  *lo = *hi = 0;
  if (!st->mapped)
    return false; // the program's stack is that one
  const char *execfn = (const char *)getauxval(AT_EXECFN);
  if (!execfn || !loader_argv[0])
    return false;
  uint64_t top = PAGE_UP((uint64_t)execfn + strlen(execfn) + 1 + 8);
  uint64_t lowest = PAGE_DOWN((uint64_t)loader_argv[0]);
  uint64_t here = (uint64_t)__builtin_frame_address(0);
  if (lowest >= top || here >= (uint64_t)loader_argv[0] ||
      top - lowest > (1ULL << 32))
    return false;
  uint64_t room = top - lowest + STACK_MIN;
  if (stack_limit() < room)
    room = stack_limit();
  uint64_t bottom = top - room;
  // Nothing of the program's may be in there (it never is: a check).
  if (bottom > here || overlaps(st->guard_lo, st->hi, bottom, top))
    return false;
  for (size_t i = 0; i < im->nmaps; i++)
    if (im->maps[i].mapped &&
        overlaps(im->maps[i].start, im->maps[i].end, bottom, top))
      return false;
  *lo = bottom, *hi = top;
  return true;
}

// The program's layout for a stack whose top is top: every address, from
// the strings down to sp.  Nothing is written.
static void layout(Stack *st, uint64_t top, char **argv, char **envp, const Image *im) {
  st->hi = top;
  uint64_t p = top - 8;                   // the end marker
  p -= strlen(argv[0]) + 1;
  st->execfn = p;
  for (int i = 0; i < st->envc; i++)
    p -= strlen(envp[i]) + 1;
  for (int i = 0; i < st->argc; i++)
    p -= strlen(argv[i]) + 1;
  st->strings = p;
  // Platform string and random bytes go below the strings.
  st->platform = (p & ~7ULL) - sizeof platform;
  st->random = (st->platform - 16) & ~15ULL;
  // Vectors: argc, argv, NULL, envp, NULL, auxv.  rsp must be 16-byte
  // aligned at entry (the ABI), so pad between the vectors and the
  // random bytes.
  uint64_t auxv[2 * MAX_AUXV];
  st->nauxv = fill_auxv(auxv, st, im);
  size_t words = 1 + (st->argc + 1) + (st->envc + 1) + 2 * st->nauxv;
  st->sp = (st->random - words * 8) & ~15ULL;
  st->argv = st->sp + 8;
  st->envp = st->argv + 8 * (st->argc + 1);
  st->auxv = st->envp + 8 * (st->envc + 1);
}

// Where the byte at stack address v is now: in the buffer the program's
// part waits in (on the kernel's stack, until stack_place), or at v.
void *stack_at(const Stack *st, uint64_t v) {
  if (st->image && v >= st->sp && v < st->hi)
    return st->image + (v - st->sp);
  return (void *)v;
}

// Writes the layout's contents: strings, random bytes, vectors.
static void fill(Stack *st, const Image *im, char **argv, char **envp) {
  memset(stack_at(st, st->hi - 8), 0, 8);
  memcpy(stack_at(st, st->execfn), argv[0], strlen(argv[0]) + 1);
  memcpy(stack_at(st, st->platform), platform, sizeof platform);
  if (getrandom(stack_at(st, st->random), 16, 0) != 16)
    memset(stack_at(st, st->random), 0x5a, 16);
  uint64_t *v = stack_at(st, st->sp);
  v[0] = st->argc;
  uint64_t *av = stack_at(st, st->argv), *ev = stack_at(st, st->envp);
  uint64_t q = st->strings;
  for (int i = 0; i < st->argc; i++) {
    av[i] = q;
    size_t n = strlen(argv[i]) + 1;
    memcpy(stack_at(st, q), argv[i], n);
    q += n;
  }
  av[st->argc] = 0;
  st->arg_end = q;
  for (int i = 0; i < st->envc; i++) {
    ev[i] = q;
    size_t n = strlen(envp[i]) + 1;
    memcpy(stack_at(st, q), envp[i], n);
    q += n;
  }
  ev[st->envc] = 0;
  st->env_end = q;
  fill_auxv(stack_at(st, st->auxv), st, im);
}

// The top of the stack the kernel made for fle-exec, worked out as
// fs/exec.c lays it out: the AT_EXECFN string, then 8 zero bytes, end at
// the top of its mapping.  0 if that cannot be told for sure.
static uint64_t kernel_top(char *const *loader_argv) {
  const char *execfn = (const char *)getauxval(AT_EXECFN);
  if (!execfn)
    return 0;
  uint64_t top = (uint64_t)execfn + strlen(execfn) + 1 + 8;
  if (top % PAGE_SIZE || (uint64_t)loader_argv >= top)
    return 0;
  return top;
}

// The program's part on the kernel's stack, over fle-exec's own
// arguments, environment and auxv (from loader_argv - 1, where argc is,
// to the top): laid out now, in a buffer, and copied in place by
// stack_place.  False if it would not fit there.
static bool on_kernel_stack(Stack *st, const Image *im, char **argv, char **envp,
                            char **loader_argv) {
  uint64_t top = kernel_top(loader_argv);
  if (!top)
    return false;
  layout(st, top, argv, envp, im);
  if (st->sp < (uint64_t)(loader_argv - 1))
    return false;
  st->image = malloc(top - st->sp);
  if (!st->image)
    return false;
  uint64_t limit = stack_limit() < STACK_MAX ? stack_limit() : STACK_MAX;
  st->lo = top - limit;
  st->guard_lo = st->lo - GUARD_SIZE;
  fill(st, im, argv, envp);
  return true;
}

// A fresh stack, mapped, with its guard gap below it.
static int mapped_stack(Stack *st, const Image *im, char **argv, char **envp) {
  const uint64_t size = stack_size();
  void *p = mmap(NULL, GUARD_SIZE + size, PROT_NONE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED)
    return -1;
  st->guard_lo = (uint64_t)p;
  st->lo = st->guard_lo + GUARD_SIZE;
  if (mprotect((void *)st->lo, size, PROT_READ | PROT_WRITE) < 0) {
    int e = errno;
    munmap(p, GUARD_SIZE + size);
    errno = e;
    return -1;
  }
  st->mapped = true;
  layout(st, st->lo + size, argv, envp, im);
  fill(st, im, argv, envp);
  return 0;
}

int stack_build(Stack *st, const Image *im, char **argv, char **envp, char **loader_argv) {
  memset(st, 0, sizeof *st);
  // Count and size what goes on it; everything must fit with room to
  // spare for the program (Linux allows strings up to 1/4 of the stack).
  size_t strbytes = strlen(argv[0]) + 1;
  for (st->argc = 0; argv[st->argc]; st->argc++)
    strbytes += strlen(argv[st->argc]) + 1;
  for (st->envc = 0; envp[st->envc]; st->envc++)
    strbytes += strlen(envp[st->envc]) + 1;
  size_t vecbytes = (1 + st->argc + 1 + st->envc + 1 + 2 * MAX_AUXV) * 8;
  if (strbytes + vecbytes + 64 > stack_size() / 4) {
    errno = E2BIG;
    return -1;
  }
  if (on_kernel_stack(st, im, argv, envp, loader_argv))
    return 0;
  st->image = NULL;
  return mapped_stack(st, im, argv, envp);
}

void stack_place(const Stack *st) {
  if (st->image)
    memcpy((void *)st->sp, st->image, st->hi - st->sp);
}
