/* logbl: the exponent as a floating value; -inf (divide by zero) for 0,
 * +inf for infinities. */
#include "libm.h"

long double logbl(long double x)
{
	if (isnan(x))
		return x + x;
	if (x == 0)
		return -1 / fabsl(x);
	if (isinf(x))
		return INFINITY;
	return ilogbl(x);
}
