/* __lgamma_dd: log Gamma(x) for x > 0 in two parts, to about 2^-92
 * relative (and so absolute where it is small, for the reflection
 * formula's cancellation), so that lgamma rounds once and tgamma's
 * e^(log Gamma) is good to 2^-78 even at x = 1755.
 *
 * Around the zeros at 1 and 2 the Taylor series of log Gamma keep full
 * relative accuracy; other arguments up to 16 are moved into [1.5, 2.5)
 * by Gamma(x + 1) = x Gamma(x) (the product exact in two parts), and
 * beyond 16 Stirling's series converges fast enough.  The series run in
 * long double for the small high-order terms, in two parts for the rest.
 * Coefficients: lgamma_table.h (gen_tables.py). */
#include "libm.h"
#include "lgamma_table.h"

/* sum c[i] e^i, the first 'exact' terms in two parts. */
static ldd series(const long double (*c)[2], int n, int exact, ldd e)
{
	long double tail = c[n - 1][0];
	for (int i = n - 2; i >= exact; i--)
		tail = tail * e.hi + c[i][0];
	ldd s = dd_ld(tail);
	for (int i = exact - 1; i >= 0; i--)
		s = dd_add(dd_mul(s, e), (ldd){ c[i][0], c[i][1] });
	return s;
}

/* log Gamma(1 + e) for |e| <= 1/2, e exact: terms past e^24 are below
 * 2^-28 of the sum, past e^12 when |e| <= 1/8. */
ldd __lgamma1p_dd(long double e)
{
	int exact = fabsl(e) > 0.125L ? 24 : 12;
	return dd_mul_ld(series(lgamma1_taylor, LGAMMA1_TERMS, exact, dd_ld(e)), e);
}

/* log Gamma(2 + e), |e| <= 1/2: past e^12 below 2^-29. */
static ldd lgamma2p(long double e)
{
	return dd_mul_ld(series(lgamma2_taylor, LGAMMA2_TERMS, 12, dd_ld(e)), e);
}

/* (x - 1/2) log x - x + log(2 pi)/2 + sum B_2k / (2k (2k - 1) x^(2k-1)),
 * x >= 16; the terms past the third are below 2^-38.  Beyond 2^40 the
 * sum is below 2^-88 of the result (and x^2 may overflow). */
static ldd lgamma_stirling(long double x)
{
	ldd s = dd_ld(0);
	if (x < 0x1p40L) {
		ldd z = dd_div(dd_ld(1), dd_prod(x, x));
		s = dd_div(series(stirling, STIRLING_TERMS, 3, z), dd_ld(x));
	}
	ldd r = dd_mul(dd_sum(x, -0.5L), __log_dd(x));
	r = dd_add(r, dd_ld(-x));
	return dd_add(r, dd_add(LNSQRT2PI_DD, s));
}

ldd __lgamma_dd(long double x)
{
	if (x < 0.5L)                           /* Gamma(x) = Gamma(1 + x)/x */
		return dd_sub(__lgamma1p_dd(x), __log_dd(x));
	if (x < 1.5L)
		return __lgamma1p_dd(x - 1);
	if (x >= 16)
		return lgamma_stirling(x);
	if (x < 2.5L)
		return lgamma2p(x - 2);
	ldd product = dd_ld(1);
	while (x >= 2.5L) {
		x -= 1;
		product = dd_mul_ld(product, x);
	}
	ldd log_product = dd_add(__log_dd(product.hi), dd_ld(product.lo / product.hi));
	return dd_add(lgamma2p(x - 2), log_product);
}

/* Gamma(x) Gamma(-x) = -pi / (x sin(pi x)), so for x < -1/2, log |Gamma(x)|
 * = log pi - log |x sin(pi x)| - log Gamma(-x), with -x exact (1 - x, of
 * the textbook form, is not always). */
ldd __lgamma_reflected_dd(long double x)
{
	ldd p = dd_mul_ld(__sinpi_dd(x), x);
	if (p.hi < 0)
		p = dd_neg(p);
	ldd log_p = dd_add(__log_dd(p.hi), dd_ld(p.lo / p.hi));
	return dd_sub(dd_sub(LNPI_DD, log_p), __lgamma_dd(-x));
}
