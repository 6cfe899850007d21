/* cbrtl: 2^(log2|x| / 3) as a first guess, then one Newton step
 * y -= (y^3 - x) / (3 y^2), which lands exact cubes on their roots.
 * A subnormal x is scaled by 2^192 first (and the root by 2^-64): y^3 - x
 * computed among subnormals would keep only the few bits x has. */
#include "libm.h"

long double cbrtl(long double x)
{
	long double a = fabsl(x), unscale = 1;

	if (!isfinite(x) || x == 0)
		return x + x;
	if (a < 0x1p-16382L) {  /* subnormal */
		a *= 0x1p192L;
		unscale = 0x1p-64L;
	}
	long double y = exp2l(x87_fyl2x(a, 1) / 3);
	y -= (y * y * y - a) / (3 * y * y);
	y *= unscale;
	return signbit(x) ? -y : y;
}
