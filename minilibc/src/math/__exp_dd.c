/* __exp_dd: e^x for a two-part x, to about 2^-100, for the functions
 * that must come within a long double ulp (erf, erfc, tgamma, and the
 * log of __log_dd.c), and __exp_dd_lean: the same to about 2^-78,
 * faster, for powl.
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

/* ln2/64 in two parts, the first with 42 bits so that its product with
 * any |k| < 2^21 is exact (printed by mpmath). */
#define LN2_64THS_HI 0xb17217f7d1c00000p-70L
#define LN2_64THS_LO 0xf79abc9e3b39803fp-114L

/* e^x = m 2^*scale as __exp_dd, to about 2^-78 instead of 2^-100 and at
 * a fraction of the cost: for powl, whose speed the slow paths of pow
 * and powf feel.  The same reduction, k read from the bits of a sum
 * (the sum with 1.5 2^63 has k in its low bits) and r = x - k ln2/64
 * exact in two parts; then only the leading term of e^r - 1 in two
 * parts: the rest, below 2^-15.9, is good to 2^-79 in long double, and
 * the terms after r^8/8! are below 2^-86. */
ldd __exp_dd_lean(ldd x, long double *scale)
{
	const long double shift = 0x1.8p63L;
	union ldbits u = { x.hi * (64 * LOG2E_L) + shift };
	long k = (long)(u.i.m - 0xc000000000000000ull);
	long double kd = u.f - shift;
	ldd r = dd_sum(x.hi - kd * LN2_64THS_HI, -kd * LN2_64THS_LO);
	long double s = r.hi, l = r.lo + x.lo;  /* e^r = e^s (1 + l), l < 2^-50 */
	long double p = s * s * (0.5L + s * (1.0L / 6 + s * (1.0L / 24 + s * (1.0L / 120 +
	                s * (1.0L / 720 + s * (1.0L / 5040 + s * (1.0L / 40320)))))));
	long double q = 1 + s + p;              /* e^s = 1 + s + p */
	int j = k & 63;
	ldd t = { exp2_64ths[j][0], exp2_64ths[j][1] };
	*scale = (long double)((k - j) / 64);
	ldd ts = dd_prod(t.hi, s);
	ldd e = dd_fast_sum(t.hi, ts.hi);
	e.lo += ts.lo + t.hi * (p + l * q) + t.lo * q;
	return dd_fast_sum(e.hi, e.lo);
}
