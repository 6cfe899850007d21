/* erfcl: the continued fraction from 2 on, 1 - erf x below, 2 - erfc(-x)
 * below -2, all carried in two parts (__erf_dd.c) and rounded once.  The
 * scale of e^(-x^2) is applied last, so that a result that underflows is
 * rounded once into the subnormals. */
#include "libm.h"

long double erfcl(long double x)
{
	long double scale;
	ldd r;

	if (isnan(x))
		return x + x;
	if (x < -7)                                 /* erfc(-x) below 2^-74 */
		return 2 - 0x1p-100L;
	if (x > 110)                                /* below 2^-16445 */
		return 0x1p-16382L * 0x1p-16382L;
	if (x >= 2) {
		r = __erfc_dd(x, &scale);
		return dd_round_scaled(r, scale);
	}
	if (x > -2) {
		ldd e = __erf_dd(fabsl(x));
		r = dd_add(dd_ld(1), signbit(x) ? e : dd_neg(e));
	} else {
		r = __erfc_dd(-x, &scale);
		r = dd_sub(dd_ld(2), dd_scale(r, scale));
	}
	return r.hi + r.lo;
}
