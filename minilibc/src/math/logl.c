/* logl: fyl2x computes ln2 * log2(x); near 1, fyl2xp1 on x - 1 (exact
 * there) keeps full relative accuracy as the result goes to zero. */
#include "libm.h"

long double logl(long double x)
{
	if (x > 0.71L && x < 1.29L)
		return x87_fyl2xp1(x - 1, LN2_L);
	if (x < 0)
		return (x - x) / (x - x);           /* NaN, invalid */
	return x87_fyl2x(x, LN2_L);             /* also NaN, inf, -inf for 0 */
}
