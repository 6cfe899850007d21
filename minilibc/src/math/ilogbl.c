/* ilogbl: the unbiased exponent; FP_ILOGB0 for 0 and FP_ILOGBNAN for NaN
 * (both INT_MIN, as musl) with invalid raised, INT_MAX for infinities. */
#include <limits.h>
#include "libm.h"

int ilogbl(long double x)
{
	int e;

	if (isnan(x) || x == 0) {
		volatile float invalid = 0.0f / 0.0f;
		(void)invalid;
		return INT_MIN;
	}
	if (isinf(x))
		return INT_MAX;
	frexpl(x, &e);
	return e - 1;
}
