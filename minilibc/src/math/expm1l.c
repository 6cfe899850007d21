/* expm1l: e^x - 1 from __exp_lean_dd, which subtracts the 1 before its
 * single rounding where the two cancel (so small results keep their
 * relative accuracy); finite up to ln(LDBL_MAX) = 11356.52, beyond which
 * fscale overflows (raising overflow). */
#include "libm.h"

long double expm1l(long double x)
{
	long double scale;

	if (isnan(x))
		return x + x;
	if (x > 11357)
		return isinf(x) ? x : 0x1p16383L * 2;
	if (x < -46)                            /* e^x below 2^-66 */
		return -1 + 0x1p-100L;
	if (fabsl(x) < 0x1p-64L)                /* x + x^2/2 rounds to x */
		return tiny_result(x, 1);
	ldd e = __exp_lean_dd(x, 1, &scale);
	return x87_fscale(e.hi, scale);
}

/* For expm1, expm1f and the other fast forms (libm.h): f2xm1 near zero,
 * elsewhere 2^k p + (2^k - 1) with p = 2^(r/ln2) - 1, 2^k - 1 exact. */
long double __expm1l_fast(long double x)
{
	if (!(x >= -46 && x <= 11357))          /* NaN, -1 or overflow */
		return expm1l(x);
	if (x > -0.69L && x < 0.69L)
		return x87_f2xm1(x * LOG2E_L);
	long double k = x87_frndint(x * LOG2E_L);
	long double r = (x - k * LN2_HI) - k * LN2_LO;
	long double p = x87_f2xm1(r * LOG2E_L);
	return x87_fscale(p, k) + (x87_fscale(1, k) - 1);
}
