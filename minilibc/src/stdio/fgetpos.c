/* fgetpos: the position as an fpos_t (a byte offset here). */
#include <stdio.h>
#include "stdio_impl.h"

int fgetpos(FILE *restrict f, fpos_t *restrict pos)
{
	FLOCK(f);
	off_t off = __ftello(f);
	FUNLOCK(f);

	if (off < 0)
		return -1;
	*pos = off;
	return 0;
}
