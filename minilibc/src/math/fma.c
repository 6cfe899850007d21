/* fma: x y + z with one rounding (__fma_core); when x or y is zero,
 * infinite or NaN, x * y is exact or special and one rounding of the
 * plain expression is already right.  An infinite z wins over a finite
 * product even where x * y alone would overflow. */
#include "libm.h"

double fma(double x, double y, double z)
{
	if (!isfinite(x) || !isfinite(y) || x == 0 || y == 0)
		return x * y + z;
	if (!isfinite(z))
		return z + z;
	return __fma_core(x, y, z, 53, -1074);
}
