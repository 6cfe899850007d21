/* coshl: (e + 1/e)/2, e = e^|x| in two parts (__exp_lean_dd) and one
 * rounding at the end.  From 0.7 on, 1/e (below 0.5) is rounded twice,
 * each within 2^-66 of it, 1/16 ulp of the result: within 0.66 ulp;
 * below 0.7, 1/e by dd_div: within 0.52 ulp.  From 40 on, 1/e is below 2^-115 of the result and cosh x =
 * e/2, finite up to ln(2 LDBL_MAX) = 11357.2166 (fscale overflows
 * beyond). */
#include "libm.h"

long double coshl(long double x)
{
	long double a = fabsl(x), scale;

	if (isnan(x))
		return x + x;
	if (a < 0.7L) {
		ldd e = __exp_lean_dd(a, 0, &scale);
		e = dd_scale(e, scale);
		return dd_add(e, dd_div(dd_ld(1), e)).hi / 2;
	}
	if (a < 40) {
		ldd e = __exp_lean_dd(a, 0, &scale);
		e = dd_scale(e, scale);
		long double q = 1 / e.hi;           /* 1/e = q - q^2 e.lo */
		return (e.hi + (e.lo + q * (1 - q * e.lo))) / 2;
	}
	if (a < 11358) {
		ldd e = __exp_lean_dd(a, 0, &scale);
		return x87_fscale(e.hi, scale - 1);
	}
	return 0x1p16383L * 2;                      /* overflow, or inf */
}
