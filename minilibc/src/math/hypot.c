/* hypot: in long double, where the squares of doubles neither overflow
 * nor underflow, so no scaling: sqrt(x^2 + y^2) within 1.5 long double
 * ulps (three roundings before fsqrt's), rounded once to double (see
 * libm.h).  An infinity wins over a NaN (Annex F). */
#include "libm.h"

double hypot(double x, double y)
{
	if (isinf(x) || isinf(y))
		return INFINITY;
	long double lx = x, ly = y;
	if (isnan(x) || isnan(y))
		return lx + ly;
	return x87_fsqrt(lx * lx + ly * ly);
}
