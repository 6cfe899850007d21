/* strtod: parse a double, correctly rounded (see __floatscan.c). */
#include <stdlib.h>
#include "strto.h"

double strtod(const char *restrict s, char **restrict end)
{
	return __floatscan(s, end, FLOATSCAN_DOUBLE);
}
