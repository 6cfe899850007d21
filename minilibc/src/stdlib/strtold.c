/* strtold: parse a long double, at double precision. */
#include <stdlib.h>
#include "strto.h"

long double strtold(const char *restrict s, char **restrict end)
{
	return __floatscan(s, end);
}
