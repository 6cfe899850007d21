/* asinl: atan2(x, sqrt(1 - x^2)), with 1 - x^2 formed as (1 - x)(1 + x)
 * so that it stays accurate as |x| approaches 1. */
#include "libm.h"

long double asinl(long double x)
{
	if (isnan(x))
		return x + x;
	if (fabsl(x) > 1)
		return (x - x) / (x - x);
	return x87_fpatan(x, x87_fsqrt((1 - x) * (1 + x)));
}
