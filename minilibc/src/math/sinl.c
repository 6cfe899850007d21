/* sinl: reduce modulo pi/2, then the sine or cosine kernel by quadrant;
 * sin is odd, so the reduction only sees |x|. */
#include "libm.h"

long double sinl(long double x)
{
	int n;

	if (!isfinite(x))
		return x - x;                       /* NaN; invalid for inf */
	long double r = __rem_pio2l(fabsl(x), &n);
	long double s = n & 1 ? __cosl_kernel(r) : __sinl_kernel(r);
	if (n & 2)
		s = -s;
	return signbit(x) ? -s : s;
}
