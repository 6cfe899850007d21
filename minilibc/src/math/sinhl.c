/* sinhl: sinh|x| = (e - 1/e)/2, e = e^|x| in two parts (__exp_lean_dd)
 * and one rounding at the end.  From 1 on, 1/e (below 0.37) is rounded
 * to q within 2^-66, 1/16 ulp of the result, and e - q summed exactly:
 * within 0.6 ulp.  Below 1, where e - 1/e cancels, with E = e - 1 (also
 * from __exp_lean_dd, which keeps small E relative), as (E + E/(E +
 * 1))/2, all in two parts: within 0.52 ulp.  From 40 on, 1/e is below
 * 2^-115 of the result and sinh|x| = e/2, finite up to ln(2 LDBL_MAX) =
 * 11357.2166 (fscale overflows beyond). */
#include "libm.h"

long double sinhl(long double x)
{
	long double a = fabsl(x), s, scale;

	if (!isfinite(x))
		return x + x;
	if (a < 0x1p-32L) {                     /* sinh x rounds to x */
		s = tiny_result(a, 1);
	} else if (a < 1) {
		ldd e = __exp_lean_dd(a, 1, &scale);
		e = dd_scale(e, scale);
		s = dd_add(e, dd_div(e, dd_add(e, dd_ld(1)))).hi / 2;
	} else if (a < 40) {
		ldd e = __exp_lean_dd(a, 0, &scale);
		e = dd_scale(e, scale);
		long double q = 1 / e.hi;           /* 1/e = q - q^2 e.lo */
		ldd d = dd_fast_sum(e.hi, -q);
		s = (d.hi + (d.lo + e.lo * (1 + q * q))) / 2;
	} else if (a < 11358) {
		ldd e = __exp_lean_dd(a, 0, &scale);
		s = x87_fscale(e.hi, scale - 1);
	} else {
		s = 0x1p16383L * 2;                 /* overflow */
	}
	return signbit(x) ? -s : s;
}

/* For sinh and sinhf (libm.h): with E = e^|x| - 1, (E + E/(E + 1))/2
 * below 1, (e^|x| - e^-|x|)/2 above, overflowing from 11000 on, far
 * beyond the double range. */
long double __sinhl_fast(long double x)
{
	long double a = fabsl(x), s;

	if (!isfinite(x))
		return x + x;
	if (a < 1) {
		long double e = __expm1l_fast(a);
		s = (e + e / (e + 1)) / 2;
	} else if (a < 11000) {
		long double e = expl(a);
		s = (e - 1 / e) / 2;
	} else {
		s = 0x1p16383L * 2;                 /* overflow */
	}
	return signbit(x) ? -s : s;
}
