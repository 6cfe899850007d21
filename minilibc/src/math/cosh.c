/* cosh: the x87 form of coshl (__coshl_fast, libm.h) rounded once to
 * double: its few long double ulps are far below a double ulp. */
#include "libm.h"

double cosh(double x)
{
	return __coshl_fast(x);
}
