/* asinhl: log(|x| + sqrt(x^2 + 1)); below 2 as
 * log1p(|x| + x^2 / (1 + sqrt(1 + x^2))) to keep small results exact.
 * Huge |x| uses log(2|x|) = log|x| + ln 2 so x^2 cannot overflow. */
#include "libm.h"

long double asinhl(long double x)
{
	long double a = fabsl(x), r;

	if (!isfinite(x))
		return x + x;
	if (a > 0x1p40L)
		r = logl(a) + LN2_L;
	else if (a >= 2)
		r = logl(a + x87_fsqrt(a * a + 1));
	else
		r = log1pl(a + a * a / (1 + x87_fsqrt(1 + a * a)));
	return signbit(x) ? -r : r;
}
