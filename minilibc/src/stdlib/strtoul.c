/* strtoul: parse an unsigned long; "-n" wraps to -n, as C specifies. */
#include <stdlib.h>
#include <limits.h>
#include "strto.h"

unsigned long strtoul(const char *restrict s, char **restrict end, int base)
{
	return __strtox(s, end, base, ULONG_MAX, 0);
}
