/* exit: the orderly way out.  Order as in C and musl: atexit handlers
 * (newest first), then .fini_array destructors (in reverse; a dynamic
 * program's modules' as __libc_start.c says, or, with modules dlopen
 * loaded still there, in the loader's order, ldso/__dl_ctors.c), then
 * flush every stdio stream,
 * then exit_group.
 *
 * The first and last steps are weak: the dummies below are replaced by the
 * real __funcs_on_exit (in atexit.c) and __stdio_exit (in stdio) only
 * when the program links those files, so a program that never calls
 * atexit or printf carries neither; so is __dl_exit, linked with
 * dlopen.
 *
 * Any thread may call exit; exit_group ends them all.  The first caller
 * takes a lock it never releases, so handlers and flushing run once and
 * a second thread calling exit meanwhile waits for the process to end. */
#include <stdlib.h>
#include "libc.h"
#include "pthread_impl.h"

extern void (*const __fini_array_start[])(void);
extern void (*const __fini_array_end[])(void);

static void dummy(void) { }
static int dummy0(void) { return 0; }
weak_alias(dummy, __funcs_on_exit);
weak_alias(dummy, __stdio_exit);
weak_alias(dummy0, __dl_exit);

hidden void __funcs_on_exit(void);
hidden int __dl_exit(void);

static void run_destructors(void)
{
	if (__fle_modules) {
		__fle_run_fini();   /* a dynamic program's modules' */
		return;
	}
	for (void (*const *f)(void) = __fini_array_end; f > __fini_array_start; )
		(*--f)();
}

_Noreturn void exit(int code)
{
	static volatile int exiting;

	__lock(&exiting);
	__funcs_on_exit();
	if (!__dl_exit())   /* every module's, modules dlopen loaded among them */
		run_destructors();
	__stdio_exit();
	_Exit(code);
}
