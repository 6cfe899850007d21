/* powl: x^y = e^(y log x), special cases per C11 Annex F first.
 *
 * y log x may be as large as 11400, and every absolute error in it
 * becomes a relative error of the result: so log x is carried in two
 * parts to 2^-85 of its value, multiplied by y in two parts, and e^z
 * taken on the two-part z and rounded once, within 0.51 ulp (see
 * positive_pow).  Powers of two with integral exponents are done by
 * fscale alone. */
#include "libm.h"
#include "log_table.h"

#define THIRD_DD ((ldd){ 0xaaaaaaaaaaaaaaabp-65L, -0xaaaaaaaaaaaaaaabp-130L })

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

/* inf (big) or 0, for results beyond the range: computed at run time,
 * so that they raise overflow or underflow as they must. */
static long double out_of_range(int big)
{
	long double t = big ? 0x1p16383L : 0x1p-16382L;
	__asm__ ("" : "+t"(t));
	return t * t;
}

/* log(1 + r) for |r| < 2^-7, to 2^-85 of its value: the series
 * r - r^2/2 + r^3/3 - ..., whose terms from r^4/4 on (below 2^-23 of the
 * sum) are summed in long double and the first three in two parts, as
 * __exp_dd does with e^r; the terms after r^13/13 are below 2^-94. */
static ldd log1p_small(long double r)
{
	long double tail = -1.0L / 4 + r * (1.0L / 5 + r * (-1.0L / 6 + r * (1.0L / 7 +
	                   r * (-1.0L / 8 + r * (1.0L / 9 + r * (-1.0L / 10 + r * (1.0L / 11 +
	                   r * (-1.0L / 12 + r * (1.0L / 13)))))))));
	ldd p = dd_add(dd_prod(tail, r), THIRD_DD);
	p = dd_add(dd_mul_ld(p, r), dd_ld(-0.5L));
	return dd_add(dd_ld(r), dd_mul_ld(dd_mul_ld(p, r), r));
}

/* log(1 + r) for r = r.hi + r.lo, |r| < 2^-8.9, to 2^-90.5 absolute: as
 * log1p_small, but only r^2/2 taken exactly; the terms from r^3/3 on,
 * below 2^-28.3, are good to 2^-91 in long double, and those after r^9/9
 * are below 2^-92. */
static ldd log1p_reduced(ldd r)
{
	long double s, sl, q = r.hi;
	two_prod(q, q, &s, &sl);
	long double tail = 1.0L / 3 + q * (-1.0L / 4 + q * (1.0L / 5 + q * (-1.0L / 6 +
	                   q * (1.0L / 7 + q * (-1.0L / 8 + q * (1.0L / 9))))));
	ldd h = dd_fast_sum(q, -0.5L * s);
	h.lo += (r.lo - r.lo * q - 0.5L * sl) + s * q * tail;
	return h;
}

/* log x for finite x > 0 in two parts, to 2^-83 of its value.  x = 2^e m
 * with m in [0.71, 1.42), and log x = e log 2 + log c + log(1 + r),
 * where c is the middle of m's interval (log_table.h) and r = m/c - 1 =
 * m invc - 1, |r| < 2^-8.9 (2^-8 next to 1, where c = 1 and r = m - 1).
 * invc has 24 bits, so its products with the two 32-bit halves of m are
 * exact and so is r, in two parts.  e log 2 and log c add exactly
 * (LN2_HI has 48 bits).  For m more than 2^-7 from 1, |log x| > 2^-7 and
 * log1p_reduced's absolute bound suffices; nearer, log1p_small keeps
 * the relative error small however close x is to 1. */
static ldd log_parts(long double x)
{
	union ldbits u = { x };
	int e = u.i.se;                         /* x > 0: no sign bit */
	if (e == 0) {
		u.f = x * 0x1p64L;
		e = u.i.se - 64;
	}
	int j = u.i.m >> 55 & 255;              /* upper 8 bits after the point */
	u.i.se = 0x3fff;
	long double m = u.f;                    /* in [1, 2) */
	e -= 0x3fff;
	if (j >= 108) {                         /* m >= 1.421875 */
		m *= 0.5L;
		e++;
	}
	long double invc = log_invc[j];
	union ldbits h = { m };
	h.i.m &= ~0ull << 32;
	ldd r = dd_sum(h.f * invc - 1, (m - h.f) * invc);
	ldd l;
	if (j < 3 || j > 251) {                 /* m in [0.992, 1.012) */
		l = log1p_small(r.hi);
		l.lo += r.lo - r.lo * r.hi;     /* + r.lo / (1 + r.hi) */
	} else {
		l = log1p_reduced(r);
	}
	ldd c = dd_sum(e * LN2_HI, log_c[j][0]);
	c.lo += e * LN2_LO + log_c[j][1];
	return dd_add(c, l);
}

/* x^y = 2^(e y) for x = 2^e and an integer y: fscale rounds it once,
 * exactly as it must (subnormal ties included), so 1 if done. */
static int power_of_two(long double x, long double y, long double *r)
{
	union ldbits u = { x };
	if (u.i.m != 1ull << 63 || !(u.i.se & 0x7fff) || fabsl(y) >= 0x1p20L)
		return 0;
	*r = x87_fscale(1, (u.i.se - 16383) * y);       /* exact: 15 times 20 bits */
	return 1;
}

/* x^y for finite x > 0, y != 0: e^z with z = y log x as a two-part
 * product, checked against the range first (|z.hi| < 11400 for
 * __exp_dd_lean; 2^-16446 = e^-11399.5, LDBL_MAX = e^11356.5).  Below
 * 2^-80 y gives 1 (|z| < 2^-66), from 2^80 on it gives a z beyond the
 * range (|log x| > 2^-65 for x != 1).  Error: log x within 2^-85 of its
 * value makes z within 2^-71.4 (|z| < 2^13.5), the product and e^z add
 * about 2^-78 relative, so e^z is known to 2^-71.3 relative before the
 * one rounding (dd_round_scaled, also for subnormal results): at most
 * 0.51 ulp, and an exactly representable result (an integral power,
 * say) comes out exact. */
static long double positive_pow(long double x, long double y, int kind)
{
	long double r, scale;
	if (x == 1)
		return 1;
	if (fabsl(y) < 0x1p-80L)
		return 1 + y;
	if (fabsl(y) >= 0x1p80L)
		return out_of_range((x > 1) == (y > 0));
	if (kind && power_of_two(x, y, &r))
		return r;
	ldd z = dd_mul_ld(log_parts(x), y);
	if (z.hi > 11357 || z.hi < -11400)
		return out_of_range(z.hi > 0);
	ldd m = __exp_dd_lean(z, &scale);
	return dd_round_scaled(m, scale);
}

long double powl(long double x, long double y)
{
	if (y == 0 || x == 1)
		return 1;
	int kind = integer_kind(y);
	if (!isfinite(x) || !isfinite(y) || x == 0)
		return special(x, y, kind);
	if (x > 0)
		return positive_pow(x, y, kind);
	if (kind == 0)
		return (x - x) / (x - x);           /* negative ^ non-integer */
	long double r = positive_pow(-x, y, kind);
	return kind == 1 ? -r : r;
}
