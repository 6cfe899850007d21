/* ftello: the current stream position. */
#include <stdio.h>
#include "stdio_impl.h"

off_t ftello(FILE *f)
{
	return __ftello(f);
}
