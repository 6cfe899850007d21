/* sincosl: sine and cosine from one argument reduction (GNU; gcc turns
 * sinl(x) and cosl(x) of the same x into this call), each rounded once
 * from two parts (libm.h). */
#include "trig_kernel.h"

void sincosl(long double x, long double *sin, long double *cos)
{
	ldd s, c;

	if (!isfinite(x)) {
		*sin = *cos = x - x;
		return;
	}
	sincos_dd(x, &s, &c);
	*sin = s.hi;
	*cos = c.hi;
}
