/* tgammal: Gamma(x); negative arguments by the reflection formula
 * Gamma(x) = pi / (sin(pi x) Gamma(1 - x)).  Poles as Annex F: +-0 give
 * +-inf, negative integers and -inf are invalid. */
#include "libm.h"

long double tgammal(long double x)
{
	if (isnan(x) || x == INFINITY)
		return x + x;
	if (x == 0)
		return 1 / x;                       /* +-inf, divide by zero */
	if (x > 0)
		return __gammal_positive(x);
	if (x87_frndint(x) == x)
		return (x - x) / (x - x);           /* pole or -inf: NaN */
	long double s = __sinpil(x);
	if (x < -1800)                              /* underflows, sign of s */
		return s * 0x1p-16382L * 0x1p-16382L;
	return PI_L / (s * __gammal_positive(1 - x));
}
