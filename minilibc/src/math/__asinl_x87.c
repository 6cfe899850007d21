/* __asinl_x87: asin x = atan2(x, sqrt(1 - x^2)) by the x87, with 1 - x^2
 * formed as (1 - x)(1 + x) so that it stays accurate as |x| approaches
 * 1: within about 1.5 long double ulps, which asin and asinf round away
 * and asinl refines.  Below 2^-32, asin x and atan x both round to x
 * (their relative distance from x is below x^2/3 < 2^-65), while
 * (1 - x)(1 + x) might round below 1: atan x it is. */
#include "libm.h"

long double __asinl_x87(long double x)
{
	if (isnan(x))
		return x + x;
	if (fabsl(x) > 1)
		return (x - x) / (x - x);
	if (fabsl(x) < 0x1p-32L)
		return x87_fpatan(x, 1);
	return x87_fpatan(x, x87_fsqrt((1 - x) * (1 + x)));
}
