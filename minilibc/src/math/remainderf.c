/* remainderf: remquol, exact for every float. */
#include <math.h>

float remainderf(float x, float y)
{
	int q;

	return remquol(x, y, &q);
}
