/* tanhl: with E = e^(2|x|) - 1, tanh|x| = E / (E + 2); beyond 23 the
 * result is 1 to long double precision. */
#include "libm.h"

long double tanhl(long double x)
{
	long double a = fabsl(x), t;

	if (isnan(x))
		return x + x;
	if (a > 23) {
		t = 1 - 0x1p-100L;                  /* rounds to 1, inexact */
	} else {
		long double e = expm1l(2 * a);
		t = e / (e + 2);
	}
	return signbit(x) ? -t : t;
}
