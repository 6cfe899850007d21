# Shared set-up for every bats file: tools on PATH from build/bin, a
# scratch directory per test, and bats-assert / bats-support.
load '/usr/lib/bats/bats-support/load'
load '/usr/lib/bats/bats-assert/load'

ROOT="$(cd "$BATS_TEST_DIRNAME/../.." && pwd)"
export PATH="$ROOT/build/bin:$PATH"

common_setup() {
    cd "$BATS_TEST_TMPDIR"
}

# write_sys_h: sys.h in the test's directory, just enough of a "libc" for
# freestanding test programs (put, put_num, sys_exit) with raw syscalls.
write_sys_h() {
    cat > sys.h <<'H'
/* sys.h: just enough to print and exit, with raw Linux syscalls. */
static inline long sys3(long n, long a, long b, long c) {
  long r;
  __asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c)
                   : "rcx", "r11", "memory");
  return r;
}
static inline void put(const char *s) {
  long n = 0;
  while (s[n]) n++;
  sys3(1, 1, (long)s, n);
}
static inline void put_num(long v) {
  char buf[24];
  int i = 23;
  int neg = v < 0;
  unsigned long u = neg ? -(unsigned long)v : (unsigned long)v;
  buf[i] = 0;
  do { buf[--i] = '0' + u % 10; u /= 10; } while (u);
  if (neg) buf[--i] = '-';
  put(buf + i);
}
__attribute__((noreturn)) static inline void sys_exit(int code) {
  sys3(60, code, 0, 0);
  __builtin_unreachable();
}
H
}

# fle_json FILE FILTER: jq FILTER on an FLE file, past its #! line if it
# has one.
fle_json() { grep -v '^#!' "$1" | jq -r "$2"; }
