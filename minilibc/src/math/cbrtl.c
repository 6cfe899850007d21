/* cbrtl: 2^(log2|x| / 3) as a first guess, then one Newton step
 * y -= (y^3 - x) / (3 y^2), which lands exact cubes on their roots. */
#include "libm.h"

long double cbrtl(long double x)
{
	long double a = fabsl(x);

	if (!isfinite(x) || x == 0)
		return x + x;
	long double y = exp2l(x87_fyl2x(a, 1) / 3);
	y -= (y * y * y - a) / (3 * y * y);
	return signbit(x) ? -y : y;
}
