/* coshl: (e + 1/e)/2, e = e^|x| in two parts (__exp_lean_dd) and one
 * rounding at the end.  From 0.7 on, 1/e (below 0.5) is rounded to q
 * within 2^-66, 1/16 ulp of the result, and e + q summed exactly: within
 * 0.6 ulp; below 0.7, 1/e by dd_div: within 0.52 ulp.  From 40 on, 1/e
 * is below 2^-115 of the result and cosh x = e/2, finite up to ln(2
 * LDBL_MAX) = 11357.2166 (fscale overflows beyond). */
#include "libm.h"

long double coshl(long double x)
{
	long double a = fabsl(x), scale;

	if (isnan(x))
		return x + x;
	if (a < 0x1p-32L)                       /* 1 + x^2/2 rounds to 1 */
		return a == 0 ? 1 : 1 + 0x1p-100L;
	if (a < 0.7L) {
		ldd e = __exp_lean_dd(a, 0, &scale);
		e = dd_scale(e, scale);
		return dd_add(e, dd_div(dd_ld(1), e)).hi / 2;
	}
	if (a < 40) {
		ldd e = __exp_lean_dd(a, 0, &scale);
		e = dd_scale(e, scale);
		long double q = 1 / e.hi;           /* 1/e = q - q^2 e.lo */
		ldd d = dd_fast_sum(e.hi, q);
		return (d.hi + (d.lo + e.lo * (1 - q * q))) / 2;
	}
	if (a < 11358) {
		ldd e = __exp_lean_dd(a, 0, &scale);
		return x87_fscale(e.hi, scale - 1);
	}
	return isinf(x) ? a : 0x1p16383L * 2;       /* inf, or overflow */
}

/* For cosh and coshf (libm.h): 1 + E^2/(2(E + 1)) below 1 (E = e^|x| -
 * 1), (e^|x| + e^-|x|)/2 above, overflowing from 11000 on, far beyond
 * the double range. */
long double __coshl_fast(long double x)
{
	long double a = fabsl(x);

	if (isnan(x))
		return x + x;
	if (a < 1) {
		long double e = __expm1l_fast(a);
		return 1 + e * e / (2 * (e + 1));
	}
	if (a < 11000) {
		long double e = expl(a);
		return (e + 1 / e) / 2;
	}
	return 0x1p16383L * 2;                      /* overflow, or inf */
}
