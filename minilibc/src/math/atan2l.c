/* atan2l: the x87 partial arctangent, which already takes the quadrant
 * from the signs of x and y and handles zeros and infinities as C11
 * Annex F asks. */
#include "libm.h"

long double atan2l(long double y, long double x)
{
	if (isnan(x) || isnan(y))
		return x + y;
	return x87_fpatan(y, x);
}
