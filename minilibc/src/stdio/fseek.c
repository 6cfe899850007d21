/* fseek: reposition a stream. */
#include <stdio.h>
#include "stdio_impl.h"

int fseek(FILE *f, long off, int whence)
{
	FLOCK(f);
	int r = __fseeko(f, off, whence);
	FUNLOCK(f);
	return r;
}
