/* sinh: the x87 form of sinhl (__sinhl_fast, libm.h) rounded once to
 * double: its few long double ulps are far below a double ulp. */
#include "libm.h"

double sinh(double x)
{
	return __sinhl_fast(x);
}
