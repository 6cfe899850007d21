/* hypotl: sqrt(x^2 + y^2), the operands scaled by a power of two that
 * puts the larger in [1/2, 1), so that the squares neither overflow nor
 * underflow where it matters.  The sum of squares is exact in two parts,
 * its square root rounded once: a first root r from fsqrt, then r +
 * (s - r^2)/(2r) with s - r^2 exact (r^2 in two parts), good to about
 * 2^-120, and dd_round_scaled undoes the scaling with one rounding, also
 * for subnormal results: within 0.5 ulp and a hair.  An infinity wins
 * over a NaN (Annex F). */
#include "libm.h"

long double hypotl(long double x, long double y)
{
	if (isinf(x) || isinf(y))
		return INFINITY;
	if (isnan(x) || isnan(y))
		return x + y;
	x = fabsl(x);
	y = fabsl(y);
	long double big = x > y ? x : y;
	if (big == 0)
		return 0;
	int e;
	frexpl(big, &e);
	x = x87_fscale(x, -e);
	y = x87_fscale(y, -e);
	ldd s = dd_add(dd_prod(x, x), dd_prod(y, y));       /* in [1/4, 2) */
	long double r = x87_fsqrt(s.hi);
	ldd d = dd_sub(s, dd_prod(r, r));
	return dd_round_scaled(dd_fast_sum(r, d.hi / (2 * r)), e);
}
