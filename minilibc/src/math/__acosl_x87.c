/* __acosl_x87: acos x = atan2(sqrt(1 - x^2), x) by the x87, 1 - x^2 as
 * in __asinl_x87: within about 1.5 long double ulps, which acos and
 * acosf round away and acosl refines. */
#include "libm.h"

long double __acosl_x87(long double x)
{
	if (isnan(x))
		return x + x;
	if (fabsl(x) > 1)
		return (x - x) / (x - x);
	return x87_fpatan(x87_fsqrt((1 - x) * (1 + x)), x);
}
