/* rintf: rintl, exact (an integral float is a float). */
#include <math.h>

float rintf(float x)
{
	return rintl(x);
}
