/* truncf: toward zero, through trunc (exact for every float). */
#include <math.h>

float truncf(float x)
{
	return trunc(x);
}
