/* log10l: log x from __log_lean_dd times log10(e), both in two parts,
 * rounded once: within 0.52 ulp, and exact powers of ten give their
 * integer. */
#include "libm.h"

long double log10l(long double x)
{
	if (isnan(x))
		return x + x;
	if (x < 0)
		return (x - x) / (x - x);
	if (x == 0)
		return -1 / (x * x);                /* -inf, divide by zero */
	if (isinf(x))
		return x;
	return dd_mul(__log_lean_dd(x), LOG10E_DD).hi;
}

/* For log10 and log10f (libm.h): fyl2x with y = log10(2), fyl2xp1 on
 * x - 1 near 1. */
long double __log10l_fast(long double x)
{
	if (x > 0.71L && x < 1.29L)
		return x87_fyl2xp1(x - 1, LG2_L);
	if (x < 0)
		return (x - x) / (x - x);
	return x87_fyl2x(x, LG2_L);
}
