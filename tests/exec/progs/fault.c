// fault MODE: does one forbidden thing; it must die of a signal.
//   write-code    store into _start (r-x)
//   write-rodata  store into a string constant (r--)
//   exec-data     call a function-shaped byte in .data (rw-)
//   exec-stack    call a byte on the stack
//   null          read *(int *)0
//   div0          divide by zero (SIGFPE)
//   ud2           illegal instruction (SIGILL)
//   overflow      unbounded recursion into the stack guard
#include "tiny.h"

extern char _start[];
static const char message[] = "read-only";
char ret_in_data[16] = {(char)0xc3};
volatile int zero;

__attribute__((noinline)) static int poke(volatile char *p) {
  *p = 1;
  return 0;
}

__attribute__((noinline)) static int recurse(volatile char *p) {
  volatile char pad[512];
  pad[0] = *p;
  return recurse(pad) + pad[1];
}

int main(int argc, char **argv, char **envp, uint64_t *auxv, uint64_t *sp,
         uint64_t regs) {
  if (argc < 2)
    return 2;
  const char *m = argv[1];
  if (seq(m, "write-code"))
    poke(_start);
  else if (seq(m, "write-rodata"))
    poke((volatile char *)message);
  else if (seq(m, "exec-data"))
    ((void (*)(void))ret_in_data)();
  else if (seq(m, "exec-stack")) {
    volatile char code[16] = {(char)0xc3};
    ((void (*)(void))code)();
  } else if (seq(m, "null"))
    return *(volatile int *)0;
  else if (seq(m, "div0"))
    return 100 / zero;
  else if (seq(m, "ud2"))
    __asm__ volatile("ud2");
  else if (seq(m, "overflow"))
    return recurse((volatile char *)m);
  out("survived\n");
  return 3;
}
