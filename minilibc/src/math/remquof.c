/* remquof: remquol, exact for every float (the remainder is representable). */
#include <math.h>

float remquof(float x, float y, int *quo)
{
	return remquol(x, y, quo);
}
