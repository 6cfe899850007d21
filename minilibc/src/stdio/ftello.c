/* ftello: the current stream position. */
#include <stdio.h>
#include "stdio_impl.h"

off_t ftello(FILE *f)
{
	FLOCK(f);
	off_t r = __ftello(f);
	FUNLOCK(f);
	return r;
}
