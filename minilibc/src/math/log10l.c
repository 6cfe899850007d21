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
