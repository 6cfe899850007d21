/* __libc_start: the C half of program startup, entered from _start.
 *
 * The initial stack is argc, argv[argc], NULL, envp[], NULL, auxv pairs.
 * We record environ and the aux vector, set up the thread pointer and the
 * thread-local variables (__init_tls), run the constructors, and hand
 * main's result to exit().  stdio needs no work here: each standard
 * stream sets itself up (buffer, line buffering for terminals) on first
 * use, so a program that never prints pays nothing.
 *
 * Which constructors: a static program's are the ones the linker
 * collected in .preinit_array and .init_array.  A dynamic program
 * (one that needs shared libraries) is told by fle-exec where every
 * module's are: the AT_FLE_MODULES auxv entry points at a table of the
 * modules, dependencies first and the executable last (spec/abi.md §9),
 * and each module's init array runs in that order, the executable's
 * included.  Their destructors run in exit(), after every atexit
 * handler, modules in the reverse order, each array backwards
 * (__fle_run_fini): just as if one atexit handler running them had been
 * registered before any constructor ran, which is how a handler that
 * main registers runs before the libraries' destructors, as with glibc. */
#include <stdlib.h>
#include <unistd.h>
#include "libc.h"

unsigned long *__auxv;
const struct __fle_modules *__fle_modules;

/* Placed by the linker around the sections of the same names. */
extern void (*const __preinit_array_start[])(void);
extern void (*const __preinit_array_end[])(void);
extern void (*const __init_array_start[])(void);
extern void (*const __init_array_end[])(void);

typedef void (*fn)(void);

static void run_array(const fn *a, unsigned long n)
{
	for (unsigned long i = 0; i < n; i++)
		a[i]();
}

static const struct __fle_modules *find_modules(const unsigned long *a)
{
	for (; a[0]; a += 2)
		if (a[0] == AT_FLE_MODULES)
			return (const struct __fle_modules *)a[1];
	return 0;
}

/* Kept out of line: __libc_start's own prologue stays the plain
 * push %rbp; mov %rsp,%rbp that debuggers unwind through. */
__attribute__((noinline)) static void run_constructors(void)
{
	const struct __fle_modules *t = __fle_modules = find_modules(__auxv);
	if (!t) {
		run_array(__preinit_array_start, __preinit_array_end - __preinit_array_start);
		run_array(__init_array_start, __init_array_end - __init_array_start);
		return;
	}
	for (unsigned long i = 0; i < t->count; i++)
		run_array((const fn *)t->m[i].init_array, t->m[i].init_count);
}

/* Called by exit() in place of the static destructors. */
hidden void __fle_run_fini(void)
{
	const struct __fle_modules *t = __fle_modules;
	for (unsigned long i = t->count; i-- > 0; ) {
		const fn *a = (const fn *)t->m[i].fini_array;
		for (unsigned long k = t->m[i].fini_count; k-- > 0; )
			a[k]();
	}
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
