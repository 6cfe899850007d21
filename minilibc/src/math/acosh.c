/* acosh: the x87 form of acoshl (__acoshl_fast, libm.h) rounded once to
 * double: its few long double ulps are far below a double ulp. */
#include "libm.h"

double acosh(double x)
{
	return __acoshl_fast(x);
}
