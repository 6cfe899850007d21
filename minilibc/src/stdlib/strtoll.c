/* strtoll: parse a long long. */
#include <stdlib.h>
#include <limits.h>
#include "strto.h"

long long strtoll(const char *restrict s, char **restrict end, int base)
{
	return __strtox(s, end, base, LLONG_MAX, 1);
}
