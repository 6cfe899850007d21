/* fclose: flush, close the descriptor, free the stream.  The standard
 * streams are static: their descriptor is closed but they are not freed. */
#include <stdio.h>
#include <stdlib.h>
#include "stdio_impl.h"

int fclose(FILE *f)
{
	FLOCK(f);
	int r = __fflush_one(f);

	r |= f->close(f);
	FUNLOCK(f);
	if (f->flags & F_PERM)
		return r;
	__ofl_remove(f);
	free(f);
	return r;
}
