/* ldexpl: x * 2^n by fscale; n is clamped where the result is already
 * zero or infinite anyway. */
#include "libm.h"

long double ldexpl(long double x, int n)
{
	if (n > 40000)
		n = 40000;
	if (n < -40000)
		n = -40000;
	return x87_fscale(x, n);
}
