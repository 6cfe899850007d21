/* frexpf: through frexp, exact for every float. */
#include <math.h>

float frexpf(float x, int *e)
{
	return frexp(x, e);
}
