/* copysignf: through copysign, exact for every float. */
#include <math.h>

float copysignf(float x, float y)
{
	return copysign(x, y);
}
