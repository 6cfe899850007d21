/* fseeko: reposition a stream. */
#include <stdio.h>
#include "stdio_impl.h"

int fseeko(FILE *f, off_t off, int whence)
{
	FLOCK(f);
	int r = __fseeko(f, off, whence);
	FUNLOCK(f);
	return r;
}
