/* strtold: parse a long double, correctly rounded (see __floatscan.c). */
#include <stdlib.h>
#include "strto.h"

long double strtold(const char *restrict s, char **restrict end)
{
	return __floatscan(s, end, FLOATSCAN_LONG_DOUBLE);
}
