/* sincosl: sine and cosine from one argument reduction (GNU; gcc turns
 * sinl(x) and cosl(x) of the same x into this call). */
#include "libm.h"

void sincosl(long double x, long double *sin, long double *cos)
{
	int n;

	if (!isfinite(x)) {
		*sin = *cos = x - x;
		return;
	}
	long double r = __rem_pio2l(fabsl(x), &n);
	long double s = __sinl_kernel(r), c = __cosl_kernel(r);
	if (n & 1) {
		long double t = s;
		s = c;
		c = -t;
	}
	if (n & 2) {
		s = -s;
		c = -c;
	}
	*sin = signbit(x) ? -s : s;
	*cos = c;
}
