/* lgammal_r: log |Gamma(x)|, the sign of Gamma(x) in *sign.  Negative
 * arguments by reflection: log |Gamma(x)| = log(pi / |sin(pi x)|) -
 * log Gamma(1 - x).  Poles (0, negative integers) give +inf. */
#include "libm.h"

long double lgammal_r(long double x, int *sign)
{
	*sign = 1;
	if (isnan(x))
		return x + x;
	if (isinf(x))
		return INFINITY;
	if (x == 0) {
		*sign = signbit(x) ? -1 : 1;
		return 1 / fabsl(x);                /* +inf, divide by zero */
	}
	if (x > 0)
		return __lgammal_positive(x);
	if (x87_frndint(x) == x)
		return 1 / (x - x);                 /* pole: +inf */
	long double s = __sinpil(x);
	*sign = s < 0 ? -1 : 1;
	if (x > -0.5L)                              /* Gamma(x) = Gamma(1 + x)/x */
		return __lgamma1pl(x) - logl(-x);
	return logl(PI_L / fabsl(s)) - __lgammal_positive(1 - x);
}
