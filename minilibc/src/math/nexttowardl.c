/* nexttowardl: as nextafterl, the direction given in long double. */
#include <math.h>

long double nexttowardl(long double x, long double y)
{
	if (isnan(x) || isnan(y))
		return x + y;
	if (x == y)
		return y;
	return nextafterl(x, x < y ? INFINITY : -INFINITY);
}
