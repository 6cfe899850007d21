/* log10: the x87 form of log10l (__log10l_fast, libm.h) rounded once to
 * double: its few long double ulps are far below a double ulp. */
#include "libm.h"

double log10(double x)
{
	return __log10l_fast(x);
}
