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
