// procmm.c — tell the kernel where the program's parts are.
//
// The kernel keeps, per process, where its code, data, heap (brk),
// stack, argument and environment strings and auxiliary vector are; it
// filled them in for fle-exec when it started fle-exec.  They are what
// /proc/self/cmdline, /proc/self/environ, /proc/self/auxv and the
// "[stack]" line of /proc/self/maps show, and brk(2) grows the heap from
// there.  So, as the last step before the jump, fle-exec describes the
// program instead, with one prctl(PR_SET_MM, PR_SET_MM_MAP) — the call
// checkpoint/restore tools use, open to unprivileged processes where the
// kernel has CONFIG_CHECKPOINT_RESTORE (Debian's does):
//
//   code   the executable segments' span; data: as load_elf_binary
//          computes it (highest segment start .. highest file-bytes end)
//   brk    the page after the highest segment end, plus a random number
//          of pages below 1 GiB, as Linux randomizes it on x86-64
//   stack  the new stack; argv and envp strings; the new auxv
//
// and, by prctl(PR_SET_NAME), its name (/proc/self/comm, what ps and
// top show): the last component of PROG's path, cut to 15 bytes, as
// execve names a process after the file it runs.
//
// What it cannot change unprivileged: /proc/self/exe (still fle-exec).
// If the kernel refuses, nothing is lost but that fidelity: the program
// runs as before (spec/abi.md §4 says what differs then).
#include "fle-exec.h"

#include <string.h>
#include <sys/prctl.h>
#include <sys/random.h>

#ifndef PR_SET_MM
#define PR_SET_MM 35
#endif
#ifndef PR_SET_MM_MAP
#define PR_SET_MM_MAP 14
#endif

// The kernel's struct prctl_mm_map (uapi linux/prctl.h), spelled out:
// musl's headers do not carry it.
struct mm_map {
  uint64_t start_code, end_code, start_data, end_data;
  uint64_t start_brk, brk, start_stack;
  uint64_t arg_start, arg_end, env_start, env_end;
  uint64_t *auxv;
  uint32_t auxv_size;
  uint32_t exe_fd;
};

#define BRK_RANDOM_PAGES ((1ULL << 30) / PAGE_SIZE) // 1 GiB, as Linux

static uint64_t brk_start(const Image *im) {
  uint64_t top = 0, r = 0;
  for (size_t i = 0; i < im->nmaps; i++)
    if (im->maps[i].end > top)
      top = im->maps[i].end;
  if (getrandom(&r, sizeof r, GRND_NONBLOCK) != sizeof r)
    r = 0;
  return top + (r % BRK_RANDOM_PAGES) * PAGE_SIZE;
}

int procmm_commit(const Image *im, const Stack *st, const char *path) {
  const char *base = strrchr(path, '/');
  prctl(PR_SET_NAME, base ? base + 1 : path, 0, 0, 0);

  struct mm_map m = {.start_code = UINT64_MAX, .exe_fd = (uint32_t)-1};
  for (size_t i = 0; i < im->nmaps; i++) {
    const Mapping *g = &im->maps[i];
    if (g->end == g->start)
      continue;
    if (g->flags & PF_X) {
      if (g->start < m.start_code)
        m.start_code = g->start;
      if (g->start + g->filesz > m.end_code)
        m.end_code = g->start + g->filesz;
    }
    if (g->start > m.start_data)
      m.start_data = g->start;
    if (g->start + g->filesz > m.end_data)
      m.end_data = g->start + g->filesz;
  }
  m.start_brk = m.brk = brk_start(im);
  m.start_stack = st->sp;
  m.arg_start = st->strings;
  m.arg_end = m.env_start = st->arg_end;
  m.env_end = st->env_end;
  m.auxv = stack_at(st, st->auxv);
  m.auxv_size = 16 * st->nauxv;
  return prctl(PR_SET_MM, PR_SET_MM_MAP, &m, sizeof m, 0);
}
