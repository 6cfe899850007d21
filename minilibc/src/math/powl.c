/* powl: x^y = 2^(y log2 x), special cases per C11 Annex F first.
 *
 * The exponent y log2 x may be as large as 16384 and every absolute error
 * in it becomes a relative error in the result, so it is formed in parts:
 * x = 2^e m with m in [sqrt(1/2), sqrt(2)), and y log2 x = y e + y log2 m,
 * where log2 m is computed in two parts (log2_parts), and both products
 * with y are taken exactly (two_prod).  The integer part
 * k is taken out before the parts are added, so the fraction f keeps its
 * low bits. */
#include "libm.h"

/* 0 if y is not an integer, 1 if it is odd, 2 if it is even. */
static int integer_kind(long double y)
{
	if (x87_frndint(y) != y)
		return 0;
	if (fabsl(y) >= 0x1p64L)
		return 2;
	return x87_frndint(y * 0.5L) == y * 0.5L ? 2 : 1;
}

static long double special(long double x, long double y, int kind)
{
	if (isnan(x) || isnan(y))
		return x + y;
	if (isinf(y)) {
		if (x == -1)
			return 1;
		return (fabsl(x) < 1) == (y < 0) ? INFINITY : 0;
	}
	/* x is zero or infinite: x^y is 0 or inf, negative for odd y and x < 0. */
	long double r = (x == 0) == (y < 0) ? INFINITY : 0;
	if (x == 0 && y < 0)
		r = 1 / fabsl(x);                   /* inf, divide by zero */
	return signbit(x) && kind == 1 ? -r : r;
}

/* log2 m for m in [sqrt(1/2), sqrt(2)) as hi + lo, good to about 2^-70
 * relative: log m = 2 atanh s = 2 (s + s^3/3 + s^5/5 + ...) with
 * s = (m - 1)/(m + 1), |s| < 0.1716, so 14 odd terms reach 2^-72.  The
 * leading term 2s is carried in two parts, s + s_lo, the remainder of
 * the division recovered exactly with two_prod (m + 1 needs 65 bits for
 * a long double m, so it is kept in two parts too); the series tail is small
 * enough for plain long double.  Then times 1/ln 2, also in two parts. */
static void log2_parts(long double m, long double *hi, long double *lo)
{
	const long double log2e_lo = -0x82f0025f2dc582eep-128L; /* 1/ln2 - LOG2E_L */
	long double u = m - 1;                      /* exact */
	long double v = m + 1, bb = v - m;          /* m + 1 = v + vl exactly */
	long double vl = (m - (v - bb)) + (1 - bb);
	long double s = u / v, ph, pl;
	two_prod(s, v, &ph, &pl);
	long double s_lo = (((u - ph) - pl) - s * vl) / v;
	static const long double inverse_odd[15] = {
		1, 1.0L / 3, 1.0L / 5, 1.0L / 7, 1.0L / 9, 1.0L / 11, 1.0L / 13, 1.0L / 15,
		1.0L / 17, 1.0L / 19, 1.0L / 21, 1.0L / 23, 1.0L / 25, 1.0L / 27, 1.0L / 29,
	};
	long double z = s * s, tail = 0;
	for (int k = 14; k >= 1; k--)
		tail = tail * z + inverse_odd[k];
	tail *= s * z;                              /* s^3/3 + s^5/5 + ... */
	long double h, l;
	two_prod(2 * s, LOG2E_L, &h, &l);
	l += 2 * s * log2e_lo + (2 * s_lo + 2 * tail) * LOG2E_L;
	*hi = h + l;
	*lo = l - (*hi - h);
}

static long double positive_pow(long double x, long double y)
{
	int e;
	long double m = frexpl(x, &e);          /* x = m 2^e, m in [1/2, 1) */
	if (m < 0.70710678118654752440L) {
		m *= 2;
		e--;
	}
	long double lh, ll, ph, pl;
	log2_parts(m, &lh, &ll);
	two_prod(y, lh, &ph, &pl);
	pl += y * ll;
	long double t, tl;                      /* y e = t + tl exactly */
	two_prod(y, e, &t, &tl);
	pl += tl;
	long double sum = t + ph;
	if (sum > 16400)
		return 0x1p16383L * 2;
	if (sum < -16500)
		return 0x1p-16382L * 0x1p-16382L;
	long double k = x87_frndint(sum);
	long double f = ((t - k) + ph) + pl;
	return x87_fscale(1 + x87_f2xm1(f), k);
}

long double powl(long double x, long double y)
{
	if (y == 0 || x == 1)
		return 1;
	int kind = integer_kind(y);
	if (!isfinite(x) || !isfinite(y) || x == 0)
		return special(x, y, kind);
	if (x > 0)
		return positive_pow(x, y);
	if (kind == 0)
		return (x - x) / (x - x);           /* negative ^ non-integer */
	long double r = positive_pow(-x, y);
	return kind == 1 ? -r : r;
}
