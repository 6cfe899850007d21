/* Non-local jumps.  jmp_buf holds the callee-saved registers:
 * rbx rbp r12 r13 r14 r15, the stack pointer and the return address. */
#ifndef _SETJMP_H
#define _SETJMP_H
typedef unsigned long jmp_buf[8];
typedef unsigned long sigjmp_buf[8];
int setjmp(jmp_buf) __attribute__((returns_twice));
_Noreturn void longjmp(jmp_buf, int);
int _setjmp(jmp_buf) __attribute__((returns_twice));
_Noreturn void _longjmp(jmp_buf, int);
#define sigsetjmp(b, s) setjmp(b)
#define siglongjmp longjmp
#endif
