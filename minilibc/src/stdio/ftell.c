/* ftell: the current stream position. */
#include <stdio.h>
#include "stdio_impl.h"

long ftell(FILE *f)
{
	return __ftello(f);
}
