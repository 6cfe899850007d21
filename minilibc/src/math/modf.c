/* modf: integer and fraction parts, both with the sign of x. */
#include <math.h>

double modf(double x, double *ip)
{
	*ip = trunc(x);
	if (x - x != 0)                 /* inf: fraction 0; NaN: NaN */
		return x != x ? x : copysign(0.0, x);
	return copysign(x - *ip, x);
}
