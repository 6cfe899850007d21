/* ftell: the current stream position. */
#include <stdio.h>
#include "stdio_impl.h"

long ftell(FILE *f)
{
	FLOCK(f);
	long r = __ftello(f);
	FUNLOCK(f);
	return r;
}
