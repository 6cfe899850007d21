/* asinhl: log(|x| + sqrt(x^2 + 1)), the argument v in two parts (x^2
 * exact, dd_sqrt) and log v + v.lo/v.hi from __log_lean_dd, which stays
 * relative as v nears 1, so small results keep their accuracy: within
 * 0.52 ulp.  Beyond 2^32, v = 2|x| to 2^-66 and asinh x = log|x| + ln 2;
 * below 2^-32 asinh x rounds to x. */
#include "libm.h"

long double asinhl(long double x)
{
	long double a = fabsl(x), r;

	if (!isfinite(x))
		return x + x;
	if (a < 0x1p-32L) {
		r = tiny_result(a, 0);
	} else if (a > 0x1p32L) {
		r = dd_add(__log_lean_dd(a), LN2_DD).hi;
	} else {
		ldd s = dd_sqrt(dd_add(dd_prod(a, a), dd_ld(1)));
		ldd v = dd_add(dd_ld(a), s);
		ldd l = __log_lean_dd(v.hi);
		r = l.hi + (l.lo + v.lo / v.hi);
	}
	return signbit(x) ? -r : r;
}

/* For asinh and asinhf (libm.h): log(|x| + sqrt(x^2 + 1)), below 2 as
 * log1p(|x| + x^2/(1 + sqrt(1 + x^2))). */
long double __asinhl_fast(long double x)
{
	long double a = fabsl(x), r;

	if (!isfinite(x))
		return x + x;
	if (a > 0x1p40L)
		r = logl(a) + LN2_L;
	else if (a >= 2)
		r = logl(a + x87_fsqrt(a * a + 1));
	else
		r = __log1pl_fast(a + a * a / (1 + x87_fsqrt(1 + a * a)));
	return signbit(x) ? -r : r;
}
