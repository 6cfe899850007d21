/* tanl: sin r / cos r of the reduced argument, both in two parts, or in
 * the odd quadrants -cos r / sin r (tan(r + pi/2)).  A first quotient
 * q = s (1/c) is corrected by the remainder s - q c (exact in its
 * leading part, a Dekker product) times 1/c, so the result rounds once
 * from a value good to about 2^-68 relative: within about 0.53 ulp.
 * (dd_div's second division would lengthen the dependency chain.) */
#include "trig_kernel.h"

long double tanl(long double x)
{
	int n;

	if (!isfinite(x))
		return x - x;
	if (x == 0)
		return x;                           /* the quotient would lose -0 */
	ldd r = __rem_pio2l(fabsl(x), &n);
	ldd s = sin_kernel_dd(r), c = cos_kernel_dd(r);
	ldd num = n & 1 ? c : s, den = n & 1 ? s : c;
	long double inv = 1 / den.hi, q = num.hi * inv;
	ldd p = dd_prod(q, den.hi);
	long double rem = ((num.hi - p.hi) - p.lo) + (num.lo - q * den.lo);
	long double t = q + rem * inv;
	return !signbit(x) != !(n & 1) ? -t : t;
}
