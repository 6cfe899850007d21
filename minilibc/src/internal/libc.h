/* Definitions shared by the whole library but invisible to programs. */
#ifndef _INTERNAL_LIBC_H
#define _INTERNAL_LIBC_H
#include <stddef.h>

#define hidden __attribute__((__visibility__("hidden")))
#define weak __attribute__((__weak__))
#define weak_alias(old, new) \
	extern __typeof(old) new __attribute__((__weak__, __alias__(#old)))

/* Startup and shutdown (env/__libc_start.c, exit/exit.c).  crt1's
 * _start calls __libc_start, which libc.so must therefore export. */
_Noreturn void __libc_start(long *sp, int (*main)(int, char **, char **));
hidden extern unsigned long *__auxv;
/* A dynamic program's modules, from fle-exec's AT_FLE_MODULES auxv
 * entry (spec/abi.md §9), in constructor order; NULL in a static
 * program.  __libc_start runs their constructors, exit() their
 * destructors (__fle_run_fini). */
struct __fle_module {
	unsigned long base, init_array, init_count, fini_array, fini_count;
	const char *name;
	unsigned long start, end;
};
struct __fle_modules {
	unsigned long count;
	struct __fle_module m[];
};
#define AT_FLE_MODULES 0x464c
hidden extern const struct __fle_modules *__fle_modules;
hidden void __fle_run_fini(void);
/* atexit's handlers (exit/atexit.c), for a dynamic program: those that
 * libraries' constructors registered run with their library's
 * destructors, as glibc's __cxa_finalize runs them. */
hidden void __atexit_mark(void);
hidden void __funcs_in(unsigned long start, unsigned long end);
/* Thread-local storage (env/__init_tls.c): sets the thread pointer and
 * the main thread's descriptor (pthread_impl.h). */
hidden void __init_tls(void);
/* Defined only when stdio is linked; exit() calls it through a weak reference. */
hidden void __stdio_exit(void);
/* Write a message to fd 2 and abort: heap corruption and similar. */
hidden _Noreturn void __libc_fatal(const char *msg, const void *ptr);
/* Six varying letters for mkstemp/mkdtemp (temp/__randname.c). */
hidden char *__randname(char *);
#endif
