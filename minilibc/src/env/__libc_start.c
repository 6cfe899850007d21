/* __libc_start: the C half of program startup, entered from _start.
 *
 * The initial stack is argc, argv[argc], NULL, envp[], NULL, auxv pairs.
 * We record environ and the aux vector, set up the thread pointer and the
 * thread-local variables (__init_tls), run the constructors the linker
 * collected in .preinit_array and .init_array, and hand main's result to
 * exit().  stdio needs no work here: each standard stream sets itself up
 * (buffer, line buffering for terminals) on first use, so a program that
 * never prints pays nothing. */
#include <stdlib.h>
#include <unistd.h>
#include "libc.h"

unsigned long *__auxv;

/* Placed by the linker around the sections of the same names. */
extern void (*const __preinit_array_start[])(void);
extern void (*const __preinit_array_end[])(void);
extern void (*const __init_array_start[])(void);
extern void (*const __init_array_end[])(void);

static void run_constructors(void)
{
	for (void (*const *f)(void) = __preinit_array_start; f < __preinit_array_end; f++)
		(*f)();
	for (void (*const *f)(void) = __init_array_start; f < __init_array_end; f++)
		(*f)();
}

_Noreturn void __libc_start(long *sp, int (*main)(int, char **, char **))
{
	int argc = (int)sp[0];
	char **argv = (char **)(sp + 1);
	char **envp = argv + argc + 1;
	char **p = envp;

	environ = envp;
	while (*p)
		p++;
	__auxv = (unsigned long *)(p + 1);
	__init_tls();
	run_constructors();
	exit(main(argc, argv, envp));
}
