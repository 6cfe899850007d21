/* acoshl: log(x + sqrt(x^2 - 1)); near 1 as log1p(t + sqrt(2t + t^2))
 * with t = x - 1 exact, and log(2x) once x^2 - 1 is x^2. */
#include "libm.h"

long double acoshl(long double x)
{
	if (isnan(x))
		return x + x;
	if (x < 1)
		return (x - x) / (x - x);
	if (x > 0x1p40L)
		return logl(x) + LN2_L;
	if (x >= 2)
		return logl(x + x87_fsqrt((x - 1) * (x + 1)));
	long double t = x - 1;
	return log1pl(t + x87_fsqrt(2 * t + t * t));
}
