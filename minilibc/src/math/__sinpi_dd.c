/* __sinpi_dd: sin(pi x) in two parts for the reflection formulas of
 * Gamma.  Reducing x modulo 2 is exact (fmod-like), so sin(pi x) keeps its
 * relative accuracy near the integers, where sin(pi * x) would not; then
 * r in [0, 1/2] and sin(pi r), or cos(pi (1/2 - r)) beyond 1/4, from
 * Taylor series in r whose coefficients carry pi (gen_tables.py). */
#include "libm.h"

static ldd series(const long double (*c)[2], ldd u)
{
	ldd s = { c[SINPI_TERMS - 1][0], c[SINPI_TERMS - 1][1] };
	for (int i = SINPI_TERMS - 2; i >= 0; i--)
		s = dd_add(dd_mul(s, u), (ldd){ c[i][0], c[i][1] });
	return s;
}

ldd __sinpi_dd(long double x)
{
	long double r = fabsl(x), sign = 1;

	r -= 2 * x87_frndint(r / 2 - 0.5L);     /* r in [0, 2], exactly */
	if (r >= 2)
		r -= 2;
	if (r > 1) {
		r -= 1;
		sign = -1;
	}
	if (r > 0.5L)
		r = 1 - r;
	if (signbit(x))
		sign = -sign;
	ldd v;
	if (r <= 0.25L) {
		v = dd_mul_ld(series(__sinpi_taylor, dd_prod(r, r)), r);
	} else {
		long double t = 0.5L - r;
		v = series(__cospi_taylor, dd_prod(t, t));
	}
	return sign < 0 ? dd_neg(v) : v;
}
