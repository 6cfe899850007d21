/* nexttoward: as nextafter, the direction given in long double. */
#include <math.h>

double nexttoward(double x, long double y)
{
	if (isnan(x) || isnan(y))
		return x + y;
	if (x == y)
		return y;
	return nextafter(x, x < y ? INFINITY : -INFINITY);
}
