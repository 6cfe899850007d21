/* asin: __asinl_x87 rounded once to double: its error of about 1.5 long
 * double ulps adds less than 0.001 ulp to the rounding, so asinl's
 * refinement is not needed (see libm.h). */
#include "libm.h"

double asin(double x)
{
	return __asinl_x87(x);
}
