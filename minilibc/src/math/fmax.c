/* fmax: the larger argument; a NaN loses to a number. */
#include <math.h>

double fmax(double x, double y)
{
	if (x != x)
		return y;
	if (y != y)
		return x;
	if (x == y)
		return signbit(x) ? y : x;
	return x > y ? x : y;
}
