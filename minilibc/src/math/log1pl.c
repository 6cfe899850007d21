/* log1pl: 1 + x exactly in two parts, h + l, then log(1 + x) = log h +
 * l/h with log h from __log_lean_dd (relative to the result even as h
 * nears 1), rounded once: within 0.52 ulp. */
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
	ldd w = dd_sum(1, x);
	ldd l = __log_lean_dd(w.hi);
	return l.hi + (l.lo + w.lo / w.hi);
}
