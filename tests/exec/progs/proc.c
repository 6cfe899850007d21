// proc: does the kernel's view of the process describe this program?
// /proc/self/cmdline and /proc/self/environ hold its argv and envp,
// /proc/self/comm the name of the file it was started from (argv[0]'s
// last component, cut to 15 bytes),
// /proc/self/auxv its auxiliary vector, the "[stack]" line of
// /proc/self/maps holds its stack pointer, and brk starts on a page at
// most 1 GiB past its bss (Linux randomizes it that far) and grows.
// One line per check, "ok" or what differs: under the kernel and under
// fle-exec the output must be the same.  "proc --brk" prints brk(0);
// "proc --copies" counts the copies of its environment's first string in
// its readable memory (1: its own stack's; a stale stack would add one).
#include "tiny.h"

static char file[1 << 16];
static long bss_var;

// Reads all of /proc/self/NAME into file; returns its length.
static long slurp(const char *path) {
  long fd = sys(2, (long)path, 0, 0, 0), n = 0, r;
  if (fd < 0)
    return -1;
  while ((r = sys(0, fd, (long)file + n, sizeof file - 1 - n, 0)) > 0)
    n += r;
  sys(3, fd, 0, 0, 0);
  file[n] = 0;
  return n;
}

// Whether file[0..n) is the strings of v (NULL-terminated), each with
// its NUL.
static int same_strings(long n, char **v) {
  long at = 0;
  for (; *v; v++) {
    size_t len = slen(*v) + 1;
    for (size_t i = 0; i < len; i++)
      if (at + (long)i >= n || file[at + i] != (*v)[i])
        return 0;
    at += len;
  }
  return at == n;
}

static uint64_t hex(const char **p) {
  uint64_t v = 0;
  for (;; (*p)++) {
    char c = **p;
    if (c >= '0' && c <= '9')
      v = v * 16 + (c - '0');
    else if (c >= 'a' && c <= 'f')
      v = v * 16 + (c - 'a' + 10);
    else
      return v;
  }
}

// Whether the maps line labelled LABEL covers addr.
static int in_map(const char *label, uint64_t addr) {
  if (slurp("/proc/self/maps") < 0)
    return 0;
  for (const char *l = file; *l;) {
    const char *p = l;
    uint64_t lo = hex(&p);
    p++;
    uint64_t hi = hex(&p);
    const char *nl = l;
    while (*nl && *nl != '\n')
      nl++;
    size_t k = slen(label);
    if (nl - l >= (long)k && lo <= addr && addr < hi) {
      const char *t = nl - k;
      size_t i = 0;
      while (i < k && t[i] == label[i])
        i++;
      if (i == k)
        return 1;
    }
    l = *nl ? nl + 1 : nl;
  }
  return 0;
}

// How many times needle (n bytes, itself not counted) occurs in the
// process's readable memory, the kernel's special mappings and huge
// reservations (a sanitizer's shadow memory: terabytes) aside.
static long copies(const char *needle, size_t n) {
  static char maps[1 << 16];
  if (slurp("/proc/self/maps") < 0)
    return -1;
  for (size_t i = 0; (maps[i] = file[i]); i++)
    ;
  long count = 0;
  for (const char *l = maps; *l;) {
    const char *p = l;
    uint64_t lo = hex(&p);
    p++;
    uint64_t hi = hex(&p);
    int readable = p[1] == 'r' && hi - lo <= (64ULL << 20);
    const char *nl = p;
    while (*nl && *nl != '\n')
      nl++;
    for (const char *q = p; q + 3 < nl; q++)
      if (q[0] == '[' && q[1] == 'v')
        readable = 0;   // [vvar], [vdso], [vsyscall]: the kernel's
    for (uint64_t a = lo; readable && a + n <= hi; a++) {
      const char *m = (const char *)a;
      size_t k = 0;
      while (k < n && m[k] == needle[k])
        k++;
      if (k == n && m != needle)
        count++;
    }
    l = *nl ? nl + 1 : nl;
  }
  return count;
}

static void check(const char *what, int ok) {
  out(what);
  out(ok ? " ok\n" : " differs\n");
}

int main(int argc, char **argv, char **envp, uint64_t *auxv, uint64_t *sp,
         uint64_t regs) {
  if (argc == 2 && seq(argv[1], "--brk")) {
    out_hex(sys(12, 0, 0, 0, 0));
    out("\n");
    return 0;
  }
  if (argc == 2 && seq(argv[1], "--copies") && envp[0]) {
    // The needle lives in bss, so that only real copies count.
    static char needle[4096];
    size_t n = slen(envp[0]);
    if (n >= sizeof needle)
      return 1;
    for (size_t i = 0; i < n; i++)
      needle[i] = envp[0][i];
    out_dec(copies(needle, n));
    out("\n");
    return 0;
  }
  int ok, na;
  check("cmdline", same_strings(slurp("/proc/self/cmdline"), argv));
  check("environ", same_strings(slurp("/proc/self/environ"), envp));
  const char *base = argv[0];
  for (const char *p = argv[0]; *p; p++)
    if (*p == '/')
      base = p + 1;
  long c = slurp("/proc/self/comm");
  size_t want = slen(base) < 15 ? slen(base) : 15;
  ok = c == (long)want + 1 && file[want] == '\n';
  for (size_t i = 0; ok && i < want; i++)
    ok = file[i] == base[i];
  check("comm", ok);
  long n = slurp("/proc/self/auxv");
  na = 0;
  while (auxv[2 * na])
    na++;
  ok = n == 16 * (na + 1);
  for (int i = 0; ok && i < 2 * (na + 1); i++)
    ok = ((uint64_t *)file)[i] == auxv[i];
  check("auxv", ok);
  check("stack", in_map("[stack]", (uint64_t)sp));

  uint64_t b = sys(12, 0, 0, 0, 0);            // brk(0)
  uint64_t after = ((uint64_t)(&bss_var + 1) + 4095) & ~4095ULL;
  check("brk start", b % 4096 == 0 && b >= after && b - after < (1ULL << 30));
  ok = (uint64_t)sys(12, b + 8192, 0, 0, 0) == b + 8192;
  if (ok) {
    volatile char *h = (volatile char *)b;
    for (int i = 0; i < 8192; i++)
      ok &= h[i] == 0;
    h[8191] = 1;
  }
  check("brk grows", ok && in_map("[heap]", b));
  return 0;
}
