/* asinl: a = __asinl_x87(x), within about 1.5 ulp, then one Newton step
 * on sin a = |x|:
 *   asin |x| = a + (|x| - sin a) / cos a,
 * with sin a in two parts from the kernels (cos(a - pi/2) beyond pi/4)
 * and cos a = sqrt((1 - x)(1 + x)), whose 2^-63 relative error only
 * scales the correction.  The step's quadratic term is below 2^-90 of a,
 * so a plus the correction rounds once, within about 0.52 ulp.  NaN,
 * |x| >= 1 and |x| < 2^-32 (where a is x) need no step. */
#include "trig_kernel.h"

long double asinl(long double x)
{
	long double a = __asinl_x87(x), ax = fabsl(x);

	if (!(ax >= 0x1p-32L && ax < 1))
		return a;
	long double c = x87_fsqrt((1 - x) * (1 + x));
	ldd s;
	a = fabsl(a);
	if (ax < 0x1.6a09e6p-1L)                    /* a < pi/4 */
		s = sin_kernel_dd(dd_ld(a));
	else
		s = cos_kernel_dd(dd_minus_pio2(a, 1));
	a += ((ax - s.hi) - s.lo) / c;
	return signbit(x) ? -a : a;
}
