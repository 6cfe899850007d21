/* cosl: reduce |x| modulo pi/2 (cos is even), then the kernel of the
 * quadrant, rounded once from two parts as in sinl. */
#include "trig_kernel.h"

long double cosl(long double x)
{
	int n;

	if (!isfinite(x))
		return x - x;
	ldd r = __rem_pio2l(fabsl(x), &n);
	long double c = (n & 1 ? sin_kernel_dd(r) : cos_kernel_dd(r)).hi;
	return n == 1 || n == 2 ? -c : c;
}
