/* flockfile: hold a stream's lock across several calls (see
 * stdio_impl.h); recursive, one funlockfile per flockfile. */
#include <stdio.h>
#include "stdio_impl.h"

void flockfile(FILE *f)
{
	if (!ftrylockfile(f))
		return;
	__lockfile(f);
	f->lockcount = 1;
}
