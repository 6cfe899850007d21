/* Raw system calls.  __syscallN issue the x86-64 `syscall` instruction
 * and return the kernel's answer unchanged: a result, or -errno in
 * [-4095, -1].  __syscall_ret is the one place that turns -errno into
 * errno + -1 for the public wrappers. */
#ifndef _INTERNAL_SYSCALL_H
#define _INTERNAL_SYSCALL_H
#include <sys/syscall.h>
#include "libc.h"

hidden long __syscall_ret(unsigned long r);

static inline long __syscall0(long n)
{
	unsigned long ret;
	__asm__ __volatile__ ("syscall" : "=a"(ret) : "a"(n) : "rcx", "r11", "memory");
	return ret;
}

static inline long __syscall1(long n, long a1)
{
	unsigned long ret;
	__asm__ __volatile__ ("syscall" : "=a"(ret) : "a"(n), "D"(a1) : "rcx", "r11", "memory");
	return ret;
}

static inline long __syscall2(long n, long a1, long a2)
{
	unsigned long ret;
	__asm__ __volatile__ ("syscall" : "=a"(ret) : "a"(n), "D"(a1), "S"(a2)
	                      : "rcx", "r11", "memory");
	return ret;
}

static inline long __syscall3(long n, long a1, long a2, long a3)
{
	unsigned long ret;
	__asm__ __volatile__ ("syscall" : "=a"(ret) : "a"(n), "D"(a1), "S"(a2), "d"(a3)
	                      : "rcx", "r11", "memory");
	return ret;
}

/* Arguments 4-6 go in r10, r8, r9: the kernel uses r10 where the C ABI
 * uses rcx, because `syscall` overwrites rcx with the return address. */
static inline long __syscall4(long n, long a1, long a2, long a3, long a4)
{
	unsigned long ret;
	register long r10 __asm__("r10") = a4;
	__asm__ __volatile__ ("syscall" : "=a"(ret) : "a"(n), "D"(a1), "S"(a2), "d"(a3), "r"(r10)
	                      : "rcx", "r11", "memory");
	return ret;
}

static inline long __syscall5(long n, long a1, long a2, long a3, long a4, long a5)
{
	unsigned long ret;
	register long r10 __asm__("r10") = a4;
	register long r8 __asm__("r8") = a5;
	__asm__ __volatile__ ("syscall" : "=a"(ret) : "a"(n), "D"(a1), "S"(a2), "d"(a3), "r"(r10),
	                      "r"(r8) : "rcx", "r11", "memory");
	return ret;
}

static inline long __syscall6(long n, long a1, long a2, long a3, long a4, long a5, long a6)
{
	unsigned long ret;
	register long r10 __asm__("r10") = a4;
	register long r8 __asm__("r8") = a5;
	register long r9 __asm__("r9") = a6;
	__asm__ __volatile__ ("syscall" : "=a"(ret) : "a"(n), "D"(a1), "S"(a2), "d"(a3), "r"(r10),
	                      "r"(r8), "r"(r9) : "rcx", "r11", "memory");
	return ret;
}

/* Pick __syscallN by argument count, casting every argument to long. */
#define __SC_NARGS(...) __SC_NARGS_(__VA_ARGS__, 6, 5, 4, 3, 2, 1, 0)
#define __SC_NARGS_(a, b, c, d, e, f, g, n, ...) n
#define __SC_CAT(a, b) __SC_CAT_(a, b)
#define __SC_CAT_(a, b) a##b
#define __sc0(n) __syscall0(n)
#define __sc1(n, a) __syscall1(n, (long)(a))
#define __sc2(n, a, b) __syscall2(n, (long)(a), (long)(b))
#define __sc3(n, a, b, c) __syscall3(n, (long)(a), (long)(b), (long)(c))
#define __sc4(n, a, b, c, d) __syscall4(n, (long)(a), (long)(b), (long)(c), (long)(d))
#define __sc5(n, a, b, c, d, e) __syscall5(n, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e))
#define __sc6(n, a, b, c, d, e, f) \
	__syscall6(n, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f))
/* __syscall(SYS_x, args...) -> raw result; __sys(SYS_x, args...) -> errno style. */
#define __syscall(...) __SC_CAT(__sc, __SC_NARGS(__VA_ARGS__))(__VA_ARGS__)
#define __sys(...) __syscall_ret(__syscall(__VA_ARGS__))
#endif
