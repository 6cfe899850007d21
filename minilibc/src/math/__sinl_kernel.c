/* __sinl_kernel: sin r for |r| <= pi/4 by its Taylor series to r^25,
 * whose remainder is below 2^-80 there (coefficients: gen_tables.py). */
#include "libm.h"

long double __sinl_kernel(long double r)
{
	long double z = r * r, s = __sin_taylor[SIN_TERMS - 1];
	for (int i = SIN_TERMS - 2; i > 0; i--)
		s = s * z + __sin_taylor[i];
	return r + r * z * s;
}
