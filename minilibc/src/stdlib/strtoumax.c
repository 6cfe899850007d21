/* strtoumax: parse a uintmax_t. */
#include <inttypes.h>
#include "strto.h"

uintmax_t strtoumax(const char *restrict s, char **restrict end, int base)
{
	return __strtox(s, end, base, UINTMAX_MAX, 0);
}
