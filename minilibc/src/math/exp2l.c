/* exp2l: 2^x = 2^k * 2^f with k = round(x) and f = x - k exact. */
#include "libm.h"

long double exp2l(long double x)
{
	if (isnan(x))
		return x + x;
	if (x > 16384)
		return 0x1p16383L * 2;
	if (x < -16500)
		return isinf(x) ? 0 : 0x1p-16382L * 0x1p-16382L;
	long double k = x87_frndint(x);
	return x87_fscale(1 + x87_f2xm1(x - k), k);
}
