/* fmal: x y as an exact pair (two_prod), z added to its high part
 * exactly (two_sum), the small parts last.  Accurate to within a long
 * double ulp, but not always correctly rounded (README). */
#include "libm.h"

long double fmal(long double x, long double y, long double z)
{
	if (!isfinite(x) || !isfinite(y) || x == 0 || y == 0)
		return x * y + z;
	if (!isfinite(z))
		return z + z;
	if (z == 0)
		return x * y;
	long double hi, lo;
	two_prod(x, y, &hi, &lo);
	long double s = hi + z, bb = s - hi;
	long double err = (hi - (s - bb)) + (z - bb);
	return s + (err + lo);
}
