/* erfl: from the series below 2 and as 1 - erfc x above, both carried in
 * two parts (__erf_dd.c) and rounded once; erf(-x) = -erf x. */
#include "libm.h"

long double erfl(long double x)
{
	long double a = fabsl(x), r, scale;

	if (isnan(x))
		return x + x;
	if (a < 2) {
		ldd e = __erf_dd(a);
		r = e.hi + e.lo;
	} else if (a > 7) {                     /* erfc below 2^-74 */
		r = 1 - 0x1p-100L;
	} else {
		ldd c = __erfc_dd(a, &scale);
		ldd e = dd_sub(dd_ld(1), dd_scale(c, scale));
		r = e.hi + e.lo;
	}
	return signbit(x) ? -r : r;
}
