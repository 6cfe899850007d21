/* __erf_dd, __erfc_dd: erf and erfc in two parts, for erfl and erfcl.
 *
 * Below 2 the series erf x = 2/sqrt(pi) e^(-x^2) sum 2^n x^(2n+1) / (1 3 5
 * ... (2n+1)), whose terms are all positive (no cancellation, as the
 * alternating Taylor series would have).  From 2 on, Laplace's continued
 * fraction erfc x = e^(-x^2)/sqrt(pi) 1/(x + (1/2)/(x + 1/(x + (3/2)/(x
 * + ...)))): its tail from the fifth level is evaluated forwards in long
 * double by the modified Lentz method until it settles (some hundred
 * steps at 2, a few at 100), and the four levels above in two parts,
 * which shrinks the tail's error by a factor over 1000.  In both,
 * e^(-x^2) from x^2 taken exactly in two parts. */
#include "libm.h"

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
	ldd z = dd_scale(dd_prod(x, x), 1), term = dd_ld(x), sum = term;
	for (int n = 1; term.hi > sum.hi * 0x1p-90L; n++) {
		term = dd_mul(term, z);
		term = dd_div(term, dd_ld(2 * n + 1));
		sum = dd_add(sum, term);
	}
	long double scale;
	ldd e = exp_minus_square(x, &scale);
	return dd_scale(dd_mul(dd_mul(sum, e), RSQRTPI_DD), scale + 1);
}

/* x + a_m/(x + a_(m+1)/(x + ...)), a_n = n/2, by modified Lentz. */
static long double lentz(long double x, int m)
{
	const long double tiny = 0x1p-8000L;
	long double f = x, c = x, d = 0;
	for (int n = m; n < m + 5000; n++) {
		long double a = n * 0.5L;
		d = x + a * d;
		d = d == 0 ? 1 / tiny : 1 / d;
		c = x + a / c;
		if (c == 0)
			c = tiny;
		long double delta = c * d;
		f *= delta;
		if (fabsl(delta - 1) < 0x1p-66L)
			break;
	}
	return f;
}

ldd __erfc_dd(long double x, long double *scale)
{
	ldd f = dd_ld(lentz(x, CF_LEVELS + 1));
	for (int n = CF_LEVELS; n >= 1; n--)
		f = dd_add(dd_ld(x), dd_div(dd_ld(n * 0.5L), f));
	ldd e = exp_minus_square(x, scale);
	return dd_div(dd_mul(e, RSQRTPI_DD), f);
}
