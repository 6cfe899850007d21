/* log1p: the x87 form of log1pl (__log1pl_fast, libm.h) rounded once to
 * double: its few long double ulps are far below a double ulp. */
#include "libm.h"

double log1p(double x)
{
	return __log1pl_fast(x);
}
