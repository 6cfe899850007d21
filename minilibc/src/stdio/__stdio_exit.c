/* __stdio_exit: flush every stream at exit.  Linked only into programs
 * that use stdio (see __towrite.c); it replaces the dummy in exit.c.
 * The standard streams are reached through weak references, so this
 * file does not drag in stdin, stdout or stderr by itself. */
#include "stdio_impl.h"

/* volatile: the compiler must not assume the aliases stay 0. */
static FILE *volatile no_file = 0;
weak_alias(no_file, __stdin_used);
weak_alias(no_file, __stdout_used);
weak_alias(no_file, __stderr_used);

/* Take the stream's lock for good: another thread still running cannot
 * add output after the flush. */
static void close_one(FILE *f)
{
	if (__threaded)
		__lockfile(f);
	__fflush_one(f);
}

hidden void __stdio_exit(void)
{
	__ofl_lock();
	for (FILE *f = __ofl_head; f; f = f->next)
		close_one(f);
	if (__stdin_used)
		close_one(__stdin_used);
	if (__stdout_used)
		close_one(__stdout_used);
	if (__stderr_used)
		close_one(__stderr_used);
}

weak_alias(__stdio_exit, __stdio_exit_needed);
