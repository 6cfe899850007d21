/* strtol: parse a long in any base from 2 to 36 (0: by prefix). */
#include <stdlib.h>
#include <limits.h>
#include "strto.h"

long strtol(const char *restrict s, char **restrict end, int base)
{
	return __strtox(s, end, base, LONG_MAX, 1);
}
