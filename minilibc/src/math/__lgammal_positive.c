/* __lgammal_positive: log Gamma(x) for x > 0.
 *
 * Around the zeros at 1 and 2 the Taylor series of log Gamma keep full
 * relative accuracy; other arguments up to 12 are moved into [1.5, 2.5)
 * by Gamma(x + 1) = x Gamma(x), and beyond 12 Stirling's series
 * converges fast enough.  Coefficients: gen_tables.py. */
#include "libm.h"

static long double series(const long double *c, int n, long double e)
{
	long double s = c[n - 1];
	for (int i = n - 2; i >= 0; i--)
		s = s * e + c[i];
	return s * e;
}

static long double stirling(long double x)
{
	long double z = 1 / (x * x), s = __stirling[STIRLING_TERMS - 1];
	for (int i = STIRLING_TERMS - 2; i >= 0; i--)
		s = s * z + __stirling[i];
	return (x - 0.5L) * logl(x) - x + LNSQRT2PI_L + s / x;
}

/* log Gamma(1 + e) for |e| <= 1/2, e exact. */
long double __lgamma1pl(long double e)
{
	return series(__lgamma1_taylor, LGAMMA1_TERMS, e);
}

long double __lgammal_positive(long double x)
{
	if (x < 0.5L)                           /* Gamma(x) = Gamma(1 + x)/x */
		return __lgamma1pl(x) - logl(x);
	if (x < 1.5L)
		return series(__lgamma1_taylor, LGAMMA1_TERMS, x - 1);
	if (x >= 12)
		return stirling(x);
	long double product = 1;
	while (x >= 2.5L) {
		x -= 1;
		product *= x;
	}
	return series(__lgamma2_taylor, LGAMMA2_TERMS, x - 2) + logl(product);
}
