/* fsetpos: return to a position from fgetpos. */
#include <stdio.h>
#include "stdio_impl.h"

int fsetpos(FILE *f, const fpos_t *pos)
{
	return __fseeko(f, *pos, SEEK_SET);
}
