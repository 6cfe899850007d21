/* fflush: write out a stream's buffer; fflush(NULL) does every stream. */
#include <stdio.h>
#include "stdio_impl.h"

static FILE *volatile no_file = 0;
weak_alias(no_file, __stdout_used);
weak_alias(no_file, __stderr_used);

static int flush_locked(FILE *f)
{
	FLOCK(f);
	int r = __fflush_one(f);
	FUNLOCK(f);
	return r;
}

int fflush(FILE *f)
{
	int r = 0;

	if (f)   /* an earlier error alone is no failure, as in musl */
		return flush_locked(f);
	if (__stdout_used)
		r |= flush_locked(__stdout_used);
	if (__stderr_used)
		r |= flush_locked(__stderr_used);
	__ofl_lock();
	for (f = __ofl_head; f; f = f->next)
		if (f->wpos != f->wbase)
			r |= flush_locked(f);
	__ofl_unlock();
	return r;
}
