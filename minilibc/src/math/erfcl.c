/* erfcl: 1 - erf x where that loses nothing (x < 1/2); beyond, Laplace's
 * continued fraction erfc x = e^(-x^2)/sqrt(pi) 1/(x + (1/2)/(x + 1/(x +
 * (3/2)/(x + ...)))) evaluated forwards by the modified Lentz method
 * until it settles (a few dozen steps at x = 3, some hundreds near 1/2);
 * for x < 0, erfc x = 2 - erfc(-x). */
#include "libm.h"

static long double continued_fraction(long double x)
{
	const long double tiny = 0x1p-8000L;
	long double f = x, c = x, d = 0;
	for (int n = 1; n < 5000; n++) {
		long double a = n * 0.5L;
		d = x + a * d;
		d = d == 0 ? 1 / tiny : 1 / d;
		c = x + a / c;
		if (c == 0)
			c = tiny;
		long double delta = c * d;
		f *= delta;
		if (fabsl(delta - 1) < 0x1p-66L)
			break;
	}
	return 1 / f;
}

long double erfcl(long double x)
{
	if (isnan(x))
		return x + x;
	if (x < 0.5L)
		return x < -7 ? 2 - 0x1p-100L : 1 - erfl(x);
	if (x > 110)                                 /* below 2^-16445 */
		return 0x1p-16382L * 0x1p-16382L;
	return RSQRTPI_L * __exp_minus_square(x) * continued_fraction(x);
}
