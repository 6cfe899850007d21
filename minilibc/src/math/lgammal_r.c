/* lgammal_r: log |Gamma(x)|, the sign of Gamma(x) in *sign, carried in
 * two parts (__lgamma_dd.c) and rounded once.  Negative arguments by the
 * reflection formula, except near the zeros of log |Gamma| (two between
 * each pair of integers from -2 to -22), where the formula's two terms
 * cancel: there the Taylor series around the zero, x - zero being exact
 * to 190 bits, keeps full relative accuracy (lgamma_zeros.h).
 * Poles (0, negative integers) give +inf. */
#include "libm.h"
#include "lgamma_zeros.h"

/* log |Gamma(x)| in *r from the series around a zero, if x is within
 * the radius of one.  x - zero[0] is exact: both lie between the same
 * two integers, below -2, so within a factor 2 of each other. */
static int around_zero(long double x, ldd *r)
{
	if (x > -2 || x < -22)
		return 0;
	int n = -x;                             /* x in (-n-1, -n) */
	for (int i = 2 * (n - 2); i < 2 * (n - 1); i++) {
		const struct lgamma_zero *z = &lgamma_zeros[i];
		ldd d = dd_add(dd_sum(x - z->zero[0], -z->zero[1]), dd_ld(-z->zero[2]));
		if (fabsl(d.hi) >= z->radius)
			continue;
		ldd s = { z->taylor[ZERO_TERMS - 1][0], z->taylor[ZERO_TERMS - 1][1] };
		for (int k = ZERO_TERMS - 2; k >= 0; k--)
			s = dd_add(dd_mul(s, d), (ldd){ z->taylor[k][0], z->taylor[k][1] });
		*r = dd_mul(s, d);
		return 1;
	}
	return 0;
}

long double lgammal_r(long double x, int *sign)
{
	ldd r;

	*sign = 1;
	if (isnan(x))
		return x + x;
	if (isinf(x))
		return INFINITY;
	if (x == 0) {
		*sign = signbit(x) ? -1 : 1;
		return 1 / fabsl(x);                /* +inf, divide by zero */
	}
	if (x >= 0x1p16000L) {                  /* x (log x - 1), scaled */
		r = dd_mul_ld(dd_add(__log_dd(x), dd_ld(-1)), x * 0x1p-64L);
		return x87_fscale(r.hi + r.lo, 64);
	}
	if (x > 0) {
		r = __lgamma_dd(x);
		return r.hi + r.lo;
	}
	if (x87_frndint(x) == x)
		return 1 / (x - x);                 /* pole: +inf */
	*sign = __sinpi_dd(x).hi < 0 ? -1 : 1;
	if (around_zero(x, &r))
		return r.hi + r.lo;
	if (x > -0.5L)                              /* Gamma(x) = Gamma(1 + x)/x */
		r = dd_sub(__lgamma1p_dd(x), __log_dd(-x));
	else
		r = __lgamma_reflected_dd(x);
	return r.hi + r.lo;
}
