// exit42.c — a whole program without any C library: no crt1, no
// minilibc, no main.  The linker's entry point is _start, and _start
// must never return (there is nothing to return to), so it ends the
// process itself with the exit system call: number 60 in rax, the
// status in rdi.  Build with `fle-cc -nostdlib exit42.c -o exit42`.
void _start(void) {
  __asm__ volatile("mov $60, %eax\n\t"  // SYS_exit
                   "mov $42, %edi\n\t"  // status
                   "syscall");
}
