/* Run-time CPU feature checks for the string functions that have a
 * faster version for newer CPUs (internal/__cpu_has_avx2.c).
 *
 * minilibc is compiled for baseline x86-64 (SSE2).  A function with an
 * AVX2 version is called through a pointer that starts out at a
 * resolver; the first call picks the version once and for all, so the
 * start-up code does no feature detection and the linker needs no IFUNC.
 * Setting MINILIBC_NO_AVX2 (to anything but "" or "0") in the
 * environment keeps the baseline versions: the tests use it to exercise
 * both. */
#ifndef _INTERNAL_CPU_H
#define _INTERNAL_CPU_H
#include "libc.h"

/* Nonzero when AVX2 instructions may be used: the CPU has AVX2, and the
 * kernel saves the YMM registers (OSXSAVE, and XCR0 enables them). */
hidden int __cpu_has_avx2(void);
#endif
