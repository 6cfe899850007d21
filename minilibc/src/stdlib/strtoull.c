/* strtoull: parse an unsigned long long. */
#include <stdlib.h>
#include <limits.h>
#include "strto.h"

unsigned long long strtoull(const char *restrict s, char **restrict end, int base)
{
	return __strtox(s, end, base, ULLONG_MAX, 0);
}
