/* atanhl: log((1 + x)/(1 - x))/2 = log1p(2x/(1 - x))/2, 1 - x exact for
 * |x| >= 1/2 and harmless below. */
#include "libm.h"

long double atanhl(long double x)
{
	long double a = fabsl(x), r;

	if (isnan(x))
		return x + x;
	if (a > 1)
		return (x - x) / (x - x);
	if (a == 1)
		return x / 0.0L;                    /* +-inf, divide by zero */
	r = log1pl(2 * a / (1 - a)) / 2;
	return signbit(x) ? -r : r;
}
