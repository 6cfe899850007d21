/* expm1: the x87 form of expm1l (__expm1l_fast, libm.h) rounded once to
 * double: its few long double ulps are far below a double ulp. */
#include "libm.h"

double expm1(double x)
{
	return __expm1l_fast(x);
}
