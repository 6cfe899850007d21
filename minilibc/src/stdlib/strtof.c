/* strtof: parse a float, correctly rounded, with errno as musl's (see
 * __floatscan.c). */
#include <stdlib.h>
#include "strto.h"

float strtof(const char *restrict s, char **restrict end)
{
	return __floatscan(s, end, FLOATSCAN_FLOAT);
}
