/* fmaxf: through fmax, exact for every float. */
#include <math.h>

float fmaxf(float x, float y)
{
	return fmax(x, y);
}
