// tiny.h — just enough runtime for fle-exec's test programs: raw system
// calls, a few string helpers and an _start that hands the C code the
// initial stack pointer and the OR of every register at entry.  No libc,
// so the tests do not depend on minilibc or on any loader but the one
// under test.
#include <stddef.h>
#include <stdint.h>

static long sys(long n, long a, long b, long c, long d) {
  long r;
  register long r10 __asm__("r10") = d;
  __asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10)
                   : "rcx", "r11", "memory");
  return r;
}

static size_t slen(const char *s) {
  size_t n = 0;
  while (s[n])
    n++;
  return n;
}

static int seq(const char *a, const char *b) {
  while (*a && *a == *b)
    a++, b++;
  return *a == *b;
}

static void out(const char *s) { sys(1, 1, (long)s, slen(s), 0); }

static void out_hex(uint64_t v) {
  char t[19];
  int i = 18;
  t[i] = 0;
  do
    t[--i] = "0123456789abcdef"[v & 15];
  while (v >>= 4);
  t[--i] = 'x';
  t[--i] = '0';
  out(t + i);
}

static void out_dec(uint64_t v) {
  char t[21];
  int i = 20;
  t[i] = 0;
  do
    t[--i] = '0' + v % 10;
  while (v /= 10);
  out(t + i);
}

// main(argc, argv, envp, auxv, sp, regs): regs is the OR of every
// general-purpose register (but rsp) as the loader left them.
int main(int argc, char **argv, char **envp, uint64_t *auxv, uint64_t *sp,
         uint64_t regs);

__attribute__((used)) static int start_c(uint64_t *sp, uint64_t regs) {
  int argc = (int)sp[0];
  char **argv = (char **)(sp + 1);
  char **envp = argv + argc + 1;
  char **e = envp;
  while (*e)
    e++;
  return main(argc, argv, envp, (uint64_t *)(e + 1), sp, regs);
}

__asm__(".text\n"
        ".globl _start\n"
        ".type _start, @function\n"
        "_start:\n"
        "  or %rbx, %rax\n  or %rcx, %rax\n  or %rdx, %rax\n"
        "  or %rsi, %rax\n  or %rdi, %rax\n  or %rbp, %rax\n"
        "  or %r8, %rax\n  or %r9, %rax\n  or %r10, %rax\n"
        "  or %r11, %rax\n  or %r12, %rax\n  or %r13, %rax\n"
        "  or %r14, %rax\n  or %r15, %rax\n"
        "  mov %rsp, %rdi\n"
        "  mov %rax, %rsi\n"
        "  call start_c\n"
        "  mov %eax, %edi\n"
        "  mov $231, %eax\n"   // exit_group
        "  syscall\n"
        "  hlt\n"
        ".size _start, . - _start\n");
