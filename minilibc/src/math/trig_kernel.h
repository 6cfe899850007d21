/* The kernels of sinl, cosl, tanl, sincosl, asinl and acosl: sin r and
 * cos r for |r| <= pi/4 (a little more is fine), r = rh + rl in two
 * parts (|rl| <= ulp(rh) from __rem_pio2l, or dd_minus_pio2's, where rl
 * may be the larger), returning two parts good to about 2^-69 relative:
 * what their callers need to round once within a few hundredths of an
 * ulp of the exact result.  Inline, because the functions are short
 * chains of dependent x87 operations, and a call passing two-part values
 * through memory costs as much as a third of them. */
#ifndef _MINILIBC_TRIG_KERNEL_H
#define _MINILIBC_TRIG_KERNEL_H
#include "libm.h"

/* sin r by its Taylor series to r^21, whose remainder is below 2^-81
 * (coefficients: gen_tables.py).
 *
 * sin(rh + rl) = rh - rh^3/6 + rh^5 s(z) + rl cos rh, z = rh^2.  The
 * terms past the first two are at most 1/200 of the sum and need only
 * long double (s by Estrin's scheme, for a short dependency chain).
 * rh^3/6, up to 0.12 of the sum, is formed nearly exactly without a
 * general two-part product: rh = a + b with a of 16 bits, so a^3 (48
 * bits) times -1/6 to 16 bits is exact, and what that leaves out is
 * 2^-15 of the term.  rh + that product is a Dekker sum, and the rest
 * adds to its low part: the sum is good to about 2^-71 relative, and
 * rounds within 0.51 ulp. */
static inline ldd sin_kernel_dd(ldd r)
{
	const long double c3a = -0xaaabp-18L, c3b = 0xaaaaaaaaaaaaaaabp-83L;
	const long double c3 = -0xaaaaaaaaaaaaaaabp-66L;
	long double rh = r.hi, z = rh * rh;
	long double s = estrin8(&__sin_taylor, z);

	long double ca = rh * (0x1p48L + 1), a = ca - (ca - rh), b = rh - a;
	long double a3 = a * a * a;
	long double t = a3 * c3a;                       /* exact */
	long double t_rest = a3 * c3b + c3 * (b * (z + a * (rh + a)));
	long double rl_cos = r.lo * (1 - z * (0.5L - z * (1 / 24.0L)));

	ldd h = dd_fast_sum(rh, t);
	long double lo = (h.lo + t_rest + rl_cos) + (rh * z) * (z * s);
	return dd_fast_sum(h.hi, lo);
}

/* cos r by its Taylor series to r^22, whose remainder is below 2^-86
 * (coefficients: gen_tables.py).
 *
 * cos r = 1 - z/2 + z^2/24 + z^3 w(z), z = r^2.  z^3 w is at most 1/600
 * of the sum and needs only long double (w by Estrin's scheme).  The
 * rest is formed exactly but for 2^-78 of z and one rounding of z^2/24:
 * rh = a + b with a of 16 bits (the split of sin_kernel_dd, shared when
 * both are inlined together), so a^2 and a^4 are exact, 1 - a^2/2 is a
 * Dekker sum, and z - a^2 = b (a + rh) + 2 rh rl is carried in the low
 * part.  The sum is good to about 2^-71 relative, and rounds within
 * about 0.52 ulp. */
static inline ldd cos_kernel_dd(ldd r)
{
	const long double c4 = 0xaaaaaaaaaaaaaaabp-68L, c4_lo = -0xaaaaaaaaaaaaaaabp-133L;
	long double rh = r.hi, z = rh * rh;
	long double w = estrin8(&__cos_taylor, z);

	long double ca = rh * (0x1p48L + 1), a = ca - (ca - rh), b = rh - a;
	long double a2 = a * a, a4 = a2 * a2;           /* exact */
	long double z_rest = b * (a + rh) + 2 * rh * r.lo;
	ldd h = dd_fast_sum(1, -0.5L * a2);
	long double t4 = a4 * c4;                       /* z^2/24 = t4 + t4_rest */
	long double t4_rest = c4 * (z_rest * (a2 + z)) + a4 * c4_lo;
	long double lo = ((h.lo - 0.5L * z_rest) + (t4_rest + (z * z) * (z * w))) + t4;
	return dd_fast_sum(h.hi, lo);
}

/* sin x and cos x of finite x in two parts, from one reduction. */
static inline void sincos_dd(long double x, ldd *sin, ldd *cos)
{
	int n;
	ldd r = __rem_pio2l(fabsl(x), &n);
	ldd s = sin_kernel_dd(r), c = cos_kernel_dd(r);

	if (n & 1) {                    /* x = pi/2 + r: sin = cos r, cos = -sin r */
		ldd t = s;
		s = c;
		c = dd_neg(t);
	}
	if (n & 2) {                    /* x = pi + r */
		s = dd_neg(s);
		c = dd_neg(c);
	}
	*sin = signbit(x) ? dd_neg(s) : s;
	*cos = c;
}
#endif
