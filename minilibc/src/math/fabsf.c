/* fabsf: absolute value, through fabs (exact for every float). */
#include <math.h>

float fabsf(float x)
{
	return fabs(x);
}
