/* sinhl: (e^x - e^-x)/2; below 1 in magnitude through expm1 (with
 * E = e^|x| - 1, sinh|x| = (E + E/(E + 1))/2) to avoid cancellation. */
#include "libm.h"

long double sinhl(long double x)
{
	long double a = fabsl(x), s;

	if (!isfinite(x))
		return x + x;
	if (a < 1) {
		long double e = expm1l(a);
		s = (e + e / (e + 1)) / 2;
	} else if (a < 11000) {
		long double e = expl(a);
		s = (e - 1 / e) / 2;
	} else {
		s = 0x1p16383L * 2;                 /* overflow */
	}
	return signbit(x) ? -s : s;
}
