/* coshl: (e^|x| + e^-|x|)/2; below 1 through expm1, as
 * 1 + E^2 / (2 (E + 1)) with E = e^|x| - 1. */
#include "libm.h"

long double coshl(long double x)
{
	long double a = fabsl(x);

	if (isnan(x))
		return x + x;
	if (a < 1) {
		long double e = expm1l(a);
		return 1 + e * e / (2 * (e + 1));
	}
	if (a < 11000) {
		long double e = expl(a);
		return (e + 1 / e) / 2;
	}
	return 0x1p16383L * 2;                      /* overflow, or inf */
}
