/* atanhl: log((1 + x)/(1 - x))/2, 1 + |x| and 1 - |x| exact in two parts,
 * their quotient w by dd_div, and log w + w.lo/w.hi from __log_lean_dd,
 * which stays relative as w nears 1: within 0.52 ulp.  Below 2^-32
 * atanh x rounds to x. */
#include "libm.h"

long double atanhl(long double x)
{
	long double a = fabsl(x), r;

	if (isnan(x))
		return x + x;
	if (a > 1)
		return (x - x) / (x - x);
	if (a == 1)
		return x / 0.0L;                    /* +-inf, divide by zero */
	if (a < 0x1p-32L) {
		r = tiny_result(a, 1);
	} else {
		ldd w = dd_div(dd_sum(1, a), dd_sum(1, -a));
		ldd l = __log_lean_dd(w.hi);
		r = (l.hi + (l.lo + w.lo / w.hi)) / 2;
	}
	return signbit(x) ? -r : r;
}

/* For atanh and atanhf (libm.h): log1p(2|x|/(1 - |x|))/2. */
long double __atanhl_fast(long double x)
{
	long double a = fabsl(x), r;

	if (!(a < 1))                           /* NaN, |x| >= 1 */
		return atanhl(x);
	r = __log1pl_fast(2 * a / (1 - a)) / 2;
	return signbit(x) ? -r : r;
}
