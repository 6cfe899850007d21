/* sincos: sincosl rounded once to double. */
#include "libm.h"

void sincos(double x, double *sin, double *cos)
{
	long double s, c;

	sincosl(x, &s, &c);
	*sin = s;
	*cos = c;
}
