/* acoshl: log(x + sqrt(x^2 - 1)), the argument v in two parts (x^2 - 1
 * exact, dd_sqrt) and log v + v.lo/v.hi from __log_lean_dd, which stays
 * relative as v nears 1: within 0.52 ulp.  Beyond 2^32, v = 2x to 2^-64
 * and acosh x = log x + ln 2. */
#include "libm.h"

long double acoshl(long double x)
{
	if (isnan(x))
		return x + x;
	if (x < 1)
		return (x - x) / (x - x);
	if (x == 1)
		return 0;
	if (x > 0x1p32L)
		return isinf(x) ? x : dd_add(__log_lean_dd(x), LN2_DD).hi;
	ldd s = dd_sqrt(dd_add(dd_prod(x, x), dd_ld(-1)));
	ldd v = dd_add(dd_ld(x), s);
	ldd l = __log_lean_dd(v.hi);
	return l.hi + (l.lo + v.lo / v.hi);
}

/* For acosh and acoshf (libm.h): log(x + sqrt(x^2 - 1)), near 1 as
 * log1p(t + sqrt(2t + t^2)) with t = x - 1 exact. */
long double __acoshl_fast(long double x)
{
	if (isnan(x))
		return x + x;
	if (x < 1)
		return (x - x) / (x - x);
	if (x > 0x1p40L)
		return logl(x) + LN2_L;
	if (x >= 2)
		return logl(x + x87_fsqrt((x - 1) * (x + 1)));
	long double t = x - 1;
	return __log1pl_fast(t + x87_fsqrt(2 * t + t * t));
}
