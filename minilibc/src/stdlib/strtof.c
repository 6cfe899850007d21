/* strtof: parse a float.  Rounding through double first can round twice;
 * it is exact except for inputs within a hair of a float halfway point.
 * errno follows musl for float's range: ERANGE when the float overflows,
 * underflows to zero, or is an inexact subnormal - unless rounding
 * carried it up to a power of two (musl's carry test). */
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <stdint.h>
#include "strto.h"

float strtof(const char *restrict s, char **restrict end)
{
	double d = __floatscan(s, end, FLOATSCAN_DOUBLE);
	float f = (float)d;
	uint32_t u;

	memcpy(&u, &f, 4);
	u &= 0x7fffffff;
	if (u == 0x7f800000 && d == d && d - d == 0)
		errno = ERANGE;          /* finite double, infinite float */
	else if (u < 0x00800000 && (double)f != d) {
		int carried = u && !(u & (u - 1)) && (f < 0 ? -f > -d : f > d);
		if (!carried)
			errno = ERANGE;
	}
	return f;
}
