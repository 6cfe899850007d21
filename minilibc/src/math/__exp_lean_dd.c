/* __exp_lean_dd: e^x - sub (sub 0 or 1) as (hi + lo) 2^*scale to about
 * 2^-70 of the result, at about the cost of expl.  For sinhl, coshl,
 * tanhl and expm1l, whose double forms go through them and must stay
 * fast; __exp_dd's 2^-100 costs ten times as much, and 2^-70 leaves the
 * long double results within 0.52 ulp after their last rounding.
 *
 * x = k ln2/256 + r, |r| <= 2^-9.5 (k EXP_LN2N_HI has at most 57 bits, so
 * it and r0 = x - k EXP_LN2N_HI are exact; r0 + k EXP_LN2N_LO is carried
 * as r + rt), so e^x = 2^m T (1 + r + c) with T = 2^(j/256) = Th + Tl from
 * fast.h's table (Th has 26 bits) and c = e^r - 1 - r + rt, Taylor to r^7
 * (the rest is below 2^-81 of r).  Where e^x - 1 cancels, it cancels in
 * Th - sub 2^-m + Th r, which is exact: r is split into two halves of at
 * most 38 bits, whose products with Th are exact.  What remains (Th c, Tl,
 * Tl (r + c)) is below 2^-8 of the result and its rounding errors below
 * 2^-72 of it. */
#include "libm.h"
#include "fast.h"

ldd __exp_lean_dd(long double x, long double sub, long double *scale)
{
	const long double shift = 0x3p62L;      /* integers are its last bits */
	long double t = x * EXP_INVLN2N + shift;
	union ldbits u = { t };
	int64_t k = (int64_t)(u.i.m - 0xc000000000000000ull);
	long double kf = t - shift;
	/* r + rt: Fast2Sum, exact unless |r0| < |k EXP_LN2N_LO| < 2^-21,
	 * and then within 2^-85 */
	long double r0 = x - kf * EXP_LN2N_HI, rl = -kf * EXP_LN2N_LO;
	long double r = r0 + rl, rt = (r0 - r) + rl;
	long double r2 = r * r;
	long double p = (1.0L / 2 + r * (1.0L / 6)) + r2 * ((1.0L / 24 + r * (1.0L / 120))
	                + r2 * (1.0L / 720 + r * (1.0L / 5040)));
	const double *tab = &__exp_table[2 * (k & (EXP_N - 1))];
	long double th = tab[0], tl = tab[1];
	long double m = (long double)(k >> 8);
	long double split = r * (0x1p26L + 1);
	long double r1 = split - (split - r), r1lo = r - r1;
	/* e^x 2^-m - sub 2^-m, the first sums exact, sub dropped where it is
	 * below 2^-128 of e^x (and 2^-m might underflow) */
	ldd a = { th, 0 };
	if (sub != 0 && m < 128)
		a = dd_sum(th, -x87_fscale(sub, -m));
	ldd b = dd_sum(a.hi, th * r1);
	long double c = r2 * p;
	long double lo = (b.lo + a.lo + th * (r1lo + rt)) + (th * c + tl * (1 + r + c));
	*scale = m;
	return dd_fast_sum(b.hi, lo);
}
