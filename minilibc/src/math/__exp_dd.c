/* __exp_dd: e^x for a two-part x, to about 2^-100, for the functions
 * that must come within a long double ulp (erf, erfc, tgamma, and the
 * log of __log_dd.c).
 *
 * x = k ln2/64 + r with ln2/64 in two parts (each product with k taken
 * exactly), |r| <= ln2/128, so e^x = 2^(k/64) e^r: 2^(j/64), j = k mod
 * 64, from a two-part table (exp_table.h), and e^r - 1 from its Taylor
 * series, the terms from r^4/24 on (below 2^-30 of the sum) in long
 * double, the first three in two parts. */
#include "libm.h"
#include "exp_table.h"

#define SIXTH_DD ((ldd){ 0xaaaaaaaaaaaaaaabp-66L, -0xaaaaaaaaaaaaaaabp-131L })

ldd __exp_dd(ldd x, long double *scale)
{
	long double k = x87_frndint(x.hi * (64 * LOG2E_L));
	ldd r = dd_add(x, dd_prod(-k, LN2_HI / 64));
	r = dd_add(r, dd_prod(-k, LN2_LO / 64));
	long double s = r.hi;
	long double tail = 1.0L / 24 + s * (1.0L / 120 + s * (1.0L / 720 + s * (1.0L / 5040 +
	                   s * (1.0L / 40320 + s * (1.0L / 362880 + s * (1.0L / 3628800 +
	                   s * (1.0L / 39916800)))))));
	ldd p = dd_add(dd_mul(dd_ld(tail), r), SIXTH_DD);
	p = dd_add(dd_mul(p, r), dd_ld(0.5L));
	p = dd_add(dd_mul(p, r), dd_ld(1));
	ldd em1 = dd_mul(p, r);
	long ki = (long)k;
	int j = ki & 63;
	ldd t = { exp2_64ths[j][0], exp2_64ths[j][1] };
	*scale = (long double)((ki - j) / 64);
	return dd_add(t, dd_mul(t, em1));
}
