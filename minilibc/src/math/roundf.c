/* roundf: to nearest, halfway away from zero, through round (exact for every float). */
#include <math.h>

float roundf(float x)
{
	return round(x);
}
