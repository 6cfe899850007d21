/* cosl: reduce |x| modulo pi/2 (cos is even), then the kernel of the
 * quadrant. */
#include "libm.h"

long double cosl(long double x)
{
	int n;

	if (!isfinite(x))
		return x - x;
	long double r = __rem_pio2l(fabsl(x), &n);
	long double c = n & 1 ? __sinl_kernel(r) : __cosl_kernel(r);
	return n == 1 || n == 2 ? -c : c;
}
