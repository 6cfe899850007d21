/* tanh: the x87 form of tanhl (__tanhl_fast, libm.h) rounded once to
 * double: its few long double ulps are far below a double ulp. */
#include "libm.h"

double tanh(double x)
{
	return __tanhl_fast(x);
}
