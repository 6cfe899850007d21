/* fminl: the smaller argument; a NaN loses to a number, and -0 < +0. */
#include <math.h>

long double fminl(long double x, long double y)
{
	if (isnan(x))
		return y;
	if (isnan(y))
		return x;
	if (x == y)
		return signbit(x) ? x : y;
	return x < y ? x : y;
}
