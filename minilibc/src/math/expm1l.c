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
		return 0x1p16383L * 2;
	if (x < -46)                            /* e^x below 2^-66 */
		return -1 + 0x1p-100L;
	if (fabsl(x) < 0x1p-64L)                /* x + x^2/2 rounds to x */
		return x + x * 0x1p-100L;
	ldd e = __exp_lean_dd(x, 1, &scale);
	return x87_fscale(e.hi, scale);
}
