/* asinh: the x87 form of asinhl (__asinhl_fast, libm.h) rounded once to
 * double: its few long double ulps are far below a double ulp. */
#include "libm.h"

double asinh(double x)
{
	return __asinhl_fast(x);
}
