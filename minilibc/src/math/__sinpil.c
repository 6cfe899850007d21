/* __sinpil: sin(pi x) for the reflection formulas of Gamma.  Reducing x
 * modulo 2 is exact (fmod), so sin(pi x) keeps its relative accuracy
 * near the integers, where sin(pi * x) would not. */
#include "libm.h"

long double __sinpil(long double x)
{
	long double r = fabsl(x), s = 1;

	r -= 2 * x87_frndint(r / 2 - 0.5L);     /* r in [0, 2], exactly */
	if (r >= 2)
		r -= 2;
	if (r > 1) {
		r -= 1;
		s = -1;
	}
	if (r > 0.5L)
		r = 1 - r;
	long double v = s * sinl(PI_L * r);
	return signbit(x) ? -v : v;
}
