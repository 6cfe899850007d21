/* acosl: atan2(sqrt(1 - x^2), x), 1 - x^2 as in asinl. */
#include "libm.h"

long double acosl(long double x)
{
	if (isnan(x))
		return x + x;
	if (fabsl(x) > 1)
		return (x - x) / (x - x);
	return x87_fpatan(x87_fsqrt((1 - x) * (1 + x)), x);
}
