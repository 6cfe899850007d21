/* modff: through modf, exact for every float. */
#include <math.h>

float modff(float x, float *ip)
{
	double i, f = modf(x, &i);

	*ip = i;
	return f;
}
