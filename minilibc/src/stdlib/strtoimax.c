/* strtoimax: parse an intmax_t. */
#include <inttypes.h>
#include "strto.h"

intmax_t strtoimax(const char *restrict s, char **restrict end, int base)
{
	return __strtox(s, end, base, INTMAX_MAX, 1);
}
