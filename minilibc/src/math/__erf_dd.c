/* __erf_dd, __erfc_dd: erf and erfc in two parts, for erfl and erfcl.
 *
 * Below 2, erf's Taylor series around the nearest multiple of 1/8
 * (coefficients from Hermite polynomials, erf_table.h): the terms past
 * h^6 are below 2^-29 of the sum and go in long double, the rest in two
 * parts.  From 2 on, Laplace's continued fraction erfc x = e^(-x^2)/
 * sqrt(pi) 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))): its tail from
 * the ninth level is evaluated backwards in long double (from level
 * 128 at 2, 16 at 100), and the eight levels above in two parts (four
 * from 4 on, two from 8), which shrinks the tail's rounding errors by a
 * factor over 10^4; e^(-x^2) from x^2 taken exactly in two parts. */
#include "libm.h"
#include "erf_table.h"

#define CF_LEVELS 8

static ldd exp_minus_square(long double x, long double *scale)
{
	return __exp_dd(dd_neg(dd_prod(x, x)), scale);
}

ldd __erf_dd(long double x)
{
	if (x < 0x1p-40L) {   /* x 2/sqrt(pi), 2^-80 off; scaled for subnormals */
		ldd r = dd_mul_ld(dd_scale(RSQRTPI_DD, 1), x * 0x1p64L);
		return dd_ld(dd_round_scaled(r, -64));
	}
	int i = x87_frndint(8 * x);
	long double h = x - i * 0.125L;         /* exact, |h| <= 1/16 */
	const long double (*a)[2] = erf_taylor[i];
	long double tail = a[ERF_TERMS - 1][0];
	for (int k = ERF_TERMS - 2; k >= 7; k--)
		tail = tail * h + a[k][0];
	ldd s = dd_ld(tail);
	for (int k = 6; k >= 0; k--)
		s = dd_add(dd_mul_ld(s, h), (ldd){ a[k][0], a[k][1] });
	return s;
}

/* x + a_m/(x + a_(m+1)/(x + ...)), a_n = n/2, backwards from a depth
 * that leaves the whole fraction within 2^-84 (fitted against mpmath
 * for 2 <= x <= 110: 127 levels needed at 2, 15 at 12, 6 at 100). */
static long double tail(long double x, int m)
{
	int depth = 450 / (x * x) + 16;
	long double f = x;
	for (int n = depth; n >= m; n--)
		f = x + n * 0.5L / f;
	return f;
}

ldd __erfc_dd(long double x, long double *scale)
{
	int levels = x < 4 ? CF_LEVELS : x < 8 ? CF_LEVELS / 2 : CF_LEVELS / 4;
	ldd f = dd_ld(tail(x, levels + 1));
	for (int n = levels; n >= 1; n--)
		f = dd_add(dd_ld(x), dd_div(dd_ld(n * 0.5L), f));
	ldd e = exp_minus_square(x, scale);
	return dd_div(dd_mul(e, RSQRTPI_DD), f);
}
