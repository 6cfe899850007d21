/* fmin: the smaller argument; a NaN loses to a number. */
#include <math.h>

double fmin(double x, double y)
{
	if (x != x)
		return y;
	if (y != y)
		return x;
	if (x == y)
		return signbit(x) ? x : y;
	return x < y ? x : y;
}
