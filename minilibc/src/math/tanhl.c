/* tanhl: with E = e^(2|x|) - 1 in two parts (__exp_lean_dd), tanh|x| =
 * E / (E + 2) by dd_div, rounded once (within 0.52 ulp).  From 1 on, as
 * 1 - 2/(E + 2), the quotient (below 0.24) rounded to q within 2^-67,
 * 1/8 ulp of the result, and 1 - q summed exactly (within 0.65 ulp).
 * Beyond 25, 1 - tanh|x| < 2^-71 and the result is 1 to long double
 * precision. */
#include "libm.h"

long double tanhl(long double x)
{
	long double a = fabsl(x), t, scale;

	if (isnan(x))
		return x + x;
	if (a < 0x1p-32L) {                     /* tanh x rounds to x */
		t = tiny_result(a, 1);
	} else if (a > 25) {
		t = 1 - 0x1p-100L;                  /* rounds to 1, inexact */
	} else {
		ldd e = __exp_lean_dd(2 * a, 1, &scale);
		e = dd_scale(e, scale);
		ldd d = dd_add(e, dd_ld(2));
		if (a < 1) {
			t = dd_div(e, d).hi;
		} else {
			long double q = 2 / d.hi;       /* 2/d = q - q^2 d.lo/2 */
			ldd u = dd_fast_sum(1, -q);
			t = u.hi + (u.lo + q * q * d.lo / 2);
		}
	}
	return signbit(x) ? -t : t;
}

/* For tanh and tanhf (libm.h): E/(E + 2), E = e^(2|x|) - 1. */
long double __tanhl_fast(long double x)
{
	long double a = fabsl(x), t;

	if (isnan(x))
		return x + x;
	if (a > 23) {
		t = 1 - 0x1p-100L;                  /* rounds to 1, inexact */
	} else {
		long double e = __expm1l_fast(2 * a);
		t = e / (e + 2);
	}
	return signbit(x) ? -t : t;
}
