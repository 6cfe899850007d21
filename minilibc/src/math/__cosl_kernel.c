/* __cosl_kernel: cos r for |r| <= pi/4 by its Taylor series to r^26,
 * whose remainder is below 2^-80 there (coefficients: gen_tables.py). */
#include "libm.h"

long double __cosl_kernel(long double r)
{
	long double z = r * r, c = __cos_taylor[COS_TERMS - 1];
	for (int i = COS_TERMS - 2; i > 0; i--)
		c = c * z + __cos_taylor[i];
	return 1 + z * c;
}
