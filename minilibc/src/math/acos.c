/* acos: __acosl_x87 rounded once to double: its error of about 1.5 long
 * double ulps adds less than 0.001 ulp to the rounding, so acosl's
 * refinement is not needed (see libm.h). */
#include "libm.h"

double acos(double x)
{
	return __acosl_x87(x);
}
