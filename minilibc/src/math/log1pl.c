/* log1pl: 1 + x exactly in two parts, h + l, then log(1 + x) = log h +
 * l/h with log h from __log_lean_dd (relative to the result even as h
 * nears 1), rounded once: within 0.52 ulp.  Below 2^-32, where l/h would
 * carry much of the result, the series x - x^2/2 + x^3/3. */
#include "libm.h"

long double log1pl(long double x)
{
	if (isnan(x))
		return x + x;
	if (x < -1)
		return (x - x) / (x - x);
	if (x == -1)
		return -1 / (x - x);                /* -inf, divide by zero */
	if (isinf(x))
		return x;
	if (fabsl(x) < 0x1p-64L)                /* x^2/2 below half an ulp */
		return tiny_result(x, 1);
	if (fabsl(x) < 0x1p-32L)                /* x^4/4 below 2^-96 x */
		return x + x * x * (x / 3 - 0.5L);
	ldd w = dd_sum(1, x);
	ldd l = __log_lean_dd(w.hi);
	return l.hi + (l.lo + w.lo / w.hi);
}

/* For log1p, log1pf and the other fast forms (libm.h): fyl2xp1 on x
 * where it is allowed (|x| < 1 - sqrt(2)/2), fyl2x on 1 + x elsewhere. */
long double __log1pl_fast(long double x)
{
	if (x > -0.29L && x < 0.29L)
		return x87_fyl2xp1(x, LN2_L);
	if (x < -1)
		return (x - x) / (x - x);
	if (x == -1)
		return -1 / (x - x);                /* -inf, divide by zero */
	return x87_fyl2x(1 + x, LN2_L);
}
