/* __gammal_positive: Gamma(x) for x > 0, as e^(log Gamma(z)) for z near
 * 1 or 2 (where log Gamma is small, so its error stays small) times the
 * product (z)(z + 1)...(x - 1) that leads from z up to x.  The product
 * has at most 1755 factors before it leaves the long double range; its
 * rounding errors add to well under 2^-53 for double arguments (at most
 * 171 factors). */
#include "libm.h"

long double __gammal_positive(long double x)
{
	if (x > 1755.5L)
		return 0x1p16383L * 2;              /* overflow */
	if (x < 0.5L)
		return expl(__lgamma1pl(x)) / x;
	long double product = 1;
	while (x >= 2.5L) {
		x -= 1;
		product *= x;
	}
	return expl(__lgammal_positive(x)) * product;
}
