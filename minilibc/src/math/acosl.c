/* acosl: a = __acosl_x87(x), within about 1.5 ulp, then one Newton step
 * on cos a = x:
 *   acos x = a + (cos a - x) / sin a,
 * with cos a in two parts from the kernels (a reduced by 0, pi/2 or pi,
 * chosen by x so that the choice is known before a) and sin a =
 * sqrt((1 - x)(1 + x)).  As in asinl the sum rounds once, within about
 * 0.52 ulp.  NaN and |x| >= 1 need no step. */
#include "trig_kernel.h"

long double acosl(long double x)
{
	long double a = __acosl_x87(x);

	if (!(fabsl(x) < 1))
		return a;
	long double s = x87_fsqrt((1 - x) * (1 + x));
	ldd c;
	if (x > 0x1.6a09e6p-1L)                     /* a < pi/4 */
		c = cos_kernel_dd(dd_ld(a));
	else if (x < -0x1.6a09e6p-1L)               /* a > 3 pi/4: cos(pi + r) */
		c = dd_neg(cos_kernel_dd(dd_minus_pio2(a, 2)));
	else                                        /* cos(pi/2 + r) */
		c = dd_neg(sin_kernel_dd(dd_minus_pio2(a, 1)));
	return a + ((c.hi - x) + c.lo) / s;
}
