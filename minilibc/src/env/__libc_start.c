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
 * included.  Their destructors run in exit(), modules in the reverse
 * order, each array backwards (__fle_run_fini), as glibc's one handler
 * registered between the libraries' constructors and the program's
 * runs them: after the handlers that the program's constructors and main
 * registered, and each library's destructors followed by the handlers
 * that its own constructors registered (exit/atexit.c). */
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

/* Replaced by atexit.c's when the program has it (exit.c does the same). */
static void mark_dummy(void) { }
static void funcs_in_dummy(unsigned long start, unsigned long end) { }
weak_alias(mark_dummy, __atexit_mark);
weak_alias(funcs_in_dummy, __funcs_in);

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
	for (unsigned long i = 0; i + 1 < t->count; i++)
		run_array((const fn *)t->m[i].init_array, t->m[i].init_count);
	__atexit_mark();   /* what the libraries registered waits for them */
	run_array((const fn *)t->m[t->count - 1].init_array, t->m[t->count - 1].init_count);
}

/* Called by exit() in place of the static destructors. */
hidden void __fle_run_fini(void)
{
	const struct __fle_modules *t = __fle_modules;
	for (unsigned long i = t->count; i-- > 0; ) {
		const fn *a = (const fn *)t->m[i].fini_array;
		for (unsigned long k = t->m[i].fini_count; k-- > 0; )
			a[k]();
		if (i + 1 < t->count)   /* a library: its waiting handlers */
			__funcs_in(t->m[i].start, t->m[i].end);
	}
	__funcs_in(0, (unsigned long)-1);
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
