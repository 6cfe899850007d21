/* tanl: sin/cos of the reduced argument; in the odd quadrants
 * tan(r + pi/2) = -cos r / sin r. */
#include "libm.h"

long double tanl(long double x)
{
	int n;

	if (!isfinite(x))
		return x - x;
	long double r = __rem_pio2l(fabsl(x), &n);
	long double s = __sinl_kernel(r), c = __cosl_kernel(r);
	long double t = n & 1 ? -c / s : s / c;
	return signbit(x) ? -t : t;
}
