/* log10l: fyl2x with y = log10(2); fyl2xp1 near 1 (see logl). */
#include "libm.h"

long double log10l(long double x)
{
	if (x > 0.71L && x < 1.29L)
		return x87_fyl2xp1(x - 1, LG2_L);
	if (x < 0)
		return (x - x) / (x - x);
	return x87_fyl2x(x, LG2_L);
}
