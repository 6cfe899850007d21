/* __log_lean_dd: log x in two parts for finite x > 0, to about 2^-70 of
 * the result, at about the cost of logl.  For log1pl, log10l, asinhl,
 * acoshl and atanhl, whose double forms go through them and must stay
 * fast; __log_dd's 2^-100 costs ten times as much.
 *
 * As log's fast path (fast.h, log_fast) with its table: x = 2^k z with z
 * near 1, invc ~ 1/c for the centre c of z's interval, 10 bits, and
 * log c as a head (a multiple of 2^-43) and a tail.  r = z invc - 1 is
 * exact in two parts (z rounded to 54 bits times invc fits in 64), so log x
 * = k ln2 + log c + log1p(r) with |r| < 2^-7.6 and k ln2_hi + head + r.hi
 * adding exactly (the head exceeds |r| unless it is 0).  log1p(r) - r is Taylor to r^10 (the rest is below
 * 2^-79 of r), rounded to within 2^-64 of r^2/2.  Around 1 invc = 1, so
 * r = z - 1 and the error stays relative however close x is to 1; in the
 * other intervals |log x| > 2^-9 and the error below 2^-78. */
#include "libm.h"
#include "fast.h"

ldd __log_lean_dd(long double x)
{
	union ldbits u = { x };
	int k = (u.i.se & 0x7fff) - 16383;
	if (k == -16383) {                      /* subnormal */
		u.f = x * 0x1p64L;
		k = (u.i.se & 0x7fff) - 16383 - 64;
	}
	/* z in [1, 2) as a double's bits, against log_fast's interval edges */
	uint64_t m = u.i.m, tmp = (0x3ffull << 52 | m << 1 >> 12) - LOG_OFF;
	int up = tmp >> 52;                     /* z >= 1.37: use z / 2 */
	const double *tab = &__log_table[3 * (tmp >> 45 & (LOG_N - 1))];
	u.i.se = 16383 - up;
	long double kf = k + up, z = u.f;
	long double t = z * (0x1p10L + 1);
	long double zhi = t - (t - z), invc = tab[0];
	/* |hi| < |lo| only when the sum is exact: Fast2Sum is enough */
	ldd r = dd_fast_sum(zhi * invc - 1, (z - zhi) * invc);
	long double s = r.hi, s2 = s * s, s4 = s2 * s2;
	long double q = s2 * s * ((1.0L / 3 - s * (1.0L / 4)) + s2 * (1.0L / 5 - s * (1.0L / 6))
	                + s4 * ((1.0L / 7 - s * (1.0L / 8)) + s2 * (1.0L / 9 - s * (1.0L / 10))));
	ldd h = dd_fast_sum(kf * LOG_LN2_HI + tab[1], s);
	long double lo = h.lo + (r.lo + (kf * LOG_LN2_LO + tab[2])) + (q - s2 / 2);
	return dd_fast_sum(h.hi, lo);
}
