/* fsetpos: return to a position from fgetpos. */
#include <stdio.h>
#include "stdio_impl.h"

int fsetpos(FILE *f, const fpos_t *pos)
{
	FLOCK(f);
	int r = __fseeko(f, *pos, SEEK_SET);
	FUNLOCK(f);
	return r;
}
