/* fflush: write out a stream's buffer; fflush(NULL) does every stream. */
#include <stdio.h>
#include "stdio_impl.h"

static FILE *volatile no_file = 0;
weak_alias(no_file, __stdout_used);
weak_alias(no_file, __stderr_used);

int fflush(FILE *f)
{
	int r = 0;

	if (f)   /* an earlier error alone is no failure, as in musl */
		return __fflush_one(f);
	if (__stdout_used)
		r |= __fflush_one(__stdout_used);
	if (__stderr_used)
		r |= __fflush_one(__stderr_used);
	for (f = __ofl_head; f; f = f->next)
		if (f->wpos != f->wbase)
			r |= __fflush_one(f);
	return r;
}
