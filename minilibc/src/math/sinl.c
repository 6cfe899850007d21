/* sinl: reduce modulo pi/2, then the sine or cosine kernel by quadrant;
 * sin is odd, so the reduction only sees |x|.  The remainder and the
 * kernel's result are in two parts, and the result rounds once from them
 * (trig_kernel.h): within about 0.51 ulp. */
#include "trig_kernel.h"

long double sinl(long double x)
{
	int n;

	if (!isfinite(x))
		return x - x;                       /* NaN; invalid for inf */
	ldd r = __rem_pio2l(fabsl(x), &n);
	long double s = (n & 1 ? cos_kernel_dd(r) : sin_kernel_dd(r)).hi;
	if (n & 2)
		s = -s;
	return signbit(x) ? -s : s;
}
