/* __sinpi_dd: sin(pi x) in two parts for the reflection formulas of
 * Gamma.  Reducing x modulo 2 is exact (fmod-like), so sin(pi x) keeps its
 * relative accuracy near the integers, where sin(pi * x) would not; then
 * r in [0, 1/2] and sin(pi r), or cos(pi (1/2 - r)) beyond 1/4, from
 * Taylor series in r whose coefficients carry pi (sinpi_table.h). */
#include "libm.h"
#include "sinpi_table.h"

/* sum c[i] u^i, u = r^2 <= 1/16: the terms past the fourth are below
 * 2^-15 of the sum and need only long double. */
static ldd series(const long double (*c)[2], ldd u)
{
	long double tail = c[SINPI_TERMS - 1][0];
	for (int i = SINPI_TERMS - 2; i >= 4; i--)
		tail = tail * u.hi + c[i][0];
	ldd s = dd_ld(tail);
	for (int i = 3; i >= 0; i--)
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
		v = dd_mul_ld(series(sinpi_taylor, dd_prod(r, r)), r);
	} else {
		long double t = 0.5L - r;
		v = series(cospi_taylor, dd_prod(t, t));
	}
	return sign < 0 ? dd_neg(v) : v;
}
