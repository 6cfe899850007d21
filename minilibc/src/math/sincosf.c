/* sincosf: sincosl rounded once to float. */
#include "libm.h"

void sincosf(float x, float *sin, float *cos)
{
	long double s, c;

	sincosl(x, &s, &c);
	*sin = s;
	*cos = c;
}
