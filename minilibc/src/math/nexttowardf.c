/* nexttowardf: as nextafterf, the direction given in long double. */
#include <math.h>

float nexttowardf(float x, long double y)
{
	if (isnan(x) || isnan(y))
		return x + y;
	if (x == y)
		return y;
	return nextafterf(x, x < y ? INFINITY : -INFINITY);
}
