/* fminf: through fmin, exact for every float. */
#include <math.h>

float fminf(float x, float y)
{
	return fmin(x, y);
}
