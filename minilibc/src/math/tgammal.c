/* tgammal: Gamma(x) = e^(log |Gamma(x)|) with the sign, log |Gamma|
 * carried in two parts (__lgamma_dd.c), so that its absolute error, which
 * becomes the relative error of the result, stays below 2^-78 even where
 * it is 11000; negative arguments by the reflection formula.  Poles as
 * Annex F: +-0 give +-inf, negative integers and -inf are invalid. */
#include "libm.h"

long double tgammal(long double x)
{
	long double scale;
	ldd lg;

	if (isnan(x) || x == INFINITY)
		return x + x;
	if (x == 0)
		return 1 / x;                       /* +-inf, divide by zero */
	if (fabsl(x) < 0x1p-80L)                /* 1/x - gamma + O(x) */
		return 1 / x;
	if (x > 1755.5L)
		return 0x1p16383L * 2;              /* overflow */
	if (x > 0) {
		lg = __lgamma_dd(x);
	} else {
		if (x87_frndint(x) == x)
			return (x - x) / (x - x);   /* pole or -inf: NaN */
		if (x < -1800)                      /* underflows, sign of sin */
			return __sinpi_dd(x).hi * 0x1p-16382L * 0x1p-16382L;
		if (x > -0.5L)                      /* Gamma(x) = Gamma(1 + x)/x */
			lg = dd_sub(__lgamma1p_dd(x), __log_dd(-x));
		else
			lg = __lgamma_reflected_dd(x);
	}
	ldd m = __exp_dd(lg, &scale);
	long double r = dd_round_scaled(m, scale);
	return x < 0 && __sinpi_dd(x).hi < 0 ? -r : r;
}
