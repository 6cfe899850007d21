/* floorf: toward minus infinity, through floor (exact for every float). */
#include <math.h>

float floorf(float x)
{
	return floor(x);
}
