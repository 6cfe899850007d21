/* atanh: the x87 form of atanhl (__atanhl_fast, libm.h) rounded once to
 * double: its few long double ulps are far below a double ulp. */
#include "libm.h"

double atanh(double x)
{
	return __atanhl_fast(x);
}
