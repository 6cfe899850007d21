// stack.c — the program's initial stack, as Linux builds it.
//
// A fresh stack is mapped read-write, never executable, as large as the
// kernel would let the program's stack grow: RLIMIT_STACK's soft limit
// (`ulimit -s`, 8 MiB by default; 1 GiB when unlimited), with a 1 MiB
// PROT_NONE guard gap below it (Linux's stack_guard_gap), so a runaway
// recursion dies of SIGSEGV instead of writing into whatever lies below.
// Then, from the top down, the same layout as the kernel's
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
  if (st->guard_lo)
    munmap((void *)st->guard_lo, st->hi - st->guard_lo);
  st->guard_lo = 0;
}

// Copies a string just below *top and returns where it landed.
static uint64_t push_string(uint64_t *top, const char *s) {
  size_t n = strlen(s) + 1;
  *top -= n;
  memcpy((void *)*top, s, n);
  return *top;
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

int stack_build(Stack *st, const Image *im, char **argv, char **envp) {
  memset(st, 0, sizeof *st);
  const uint64_t size = stack_size();

  // Allocate the stack with its guard gap below it.
  void *p = mmap(NULL, GUARD_SIZE + size, PROT_NONE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED)
    return -1;
  st->guard_lo = (uint64_t)p;
  st->lo = st->guard_lo + GUARD_SIZE;
  st->hi = st->lo + size;
  if (mprotect((void *)st->lo, size, PROT_READ | PROT_WRITE) < 0) {
    int e = errno;
    stack_discard(st);
    errno = e;
    return -1;
  }

  // Count and size what goes on it; everything must fit with room to
  // spare for the program (Linux allows strings up to 1/4 of the stack).
  size_t strbytes = strlen(argv[0]) + 1;
  for (st->argc = 0; argv[st->argc]; st->argc++)
    strbytes += strlen(argv[st->argc]) + 1;
  for (st->envc = 0; envp[st->envc]; st->envc++)
    strbytes += strlen(envp[st->envc]) + 1;
  size_t vecbytes = (1 + st->argc + 1 + st->envc + 1 + 2 * MAX_AUXV) * 8;
  if (strbytes + vecbytes + 64 > size / 4) {
    stack_discard(st);
    errno = E2BIG;
    return -1;
  }

  // Push the strings, top down: the end marker, execfn, then room for
  // the argv and envp strings, which are copied below in ascending
  // order (argv[0] lowest) once the vectors pointing at them exist.
  uint64_t top = st->hi - 8;
  *(uint64_t *)top = 0;
  st->execfn = push_string(&top, argv[0]);
  for (int i = 0; i < st->envc; i++)
    top -= strlen(envp[i]) + 1;
  for (int i = 0; i < st->argc; i++)
    top -= strlen(argv[i]) + 1;
  st->strings = top;

  // Platform string and random bytes go below the strings.
  uint64_t low = st->strings & ~7ULL;
  st->platform = low - sizeof platform;
  st->random = (st->platform - 16) & ~15ULL;
  memcpy((void *)st->platform, platform, sizeof platform);
  if (getrandom((void *)st->random, 16, 0) != 16)
    memset((void *)st->random, 0x5a, 16);

  // Vectors: argc, argv, NULL, envp, NULL, auxv.  rsp must be 16-byte
  // aligned at entry (the ABI), so pad between the vectors and the
  // random bytes.
  uint64_t auxv[2 * MAX_AUXV];
  st->nauxv = fill_auxv(auxv, st, im);
  size_t words = 1 + (st->argc + 1) + (st->envc + 1) + 2 * st->nauxv;
  st->sp = (st->random - words * 8) & ~15ULL;
  uint64_t *v = (uint64_t *)st->sp;
  v[0] = st->argc;
  st->argv = st->sp + 8;
  st->envp = st->argv + 8 * (st->argc + 1);
  st->auxv = st->envp + 8 * (st->envc + 1);
  uint64_t *av = (uint64_t *)st->argv, *ev = (uint64_t *)st->envp;
  uint64_t q = st->strings;
  for (int i = 0; i < st->argc; i++) {
    av[i] = q;
    size_t n = strlen(argv[i]) + 1;
    memcpy((void *)q, argv[i], n);
    q += n;
  }
  av[st->argc] = 0;
  st->arg_end = q;
  for (int i = 0; i < st->envc; i++) {
    ev[i] = q;
    size_t n = strlen(envp[i]) + 1;
    memcpy((void *)q, envp[i], n);
    q += n;
  }
  ev[st->envc] = 0;
  st->env_end = q;
  memcpy((void *)st->auxv, auxv, 16 * st->nauxv);
  return 0;
}
