/* hypotl: sqrt(x^2 + y^2), the operands scaled apart by a power of two
 * when the squares would leave the long double range.  An infinity wins
 * over a NaN (Annex F). */
#include "libm.h"

long double hypotl(long double x, long double y)
{
	if (isinf(x) || isinf(y))
		return INFINITY;
	if (isnan(x) || isnan(y))
		return x + y;
	x = fabsl(x);
	y = fabsl(y);
	long double big = x > y ? x : y;
	if (big == 0)
		return 0;
	int e;
	frexpl(big, &e);
	x = x87_fscale(x, -e);
	y = x87_fscale(y, -e);
	return x87_fscale(x87_fsqrt(x * x + y * y), e);
}
