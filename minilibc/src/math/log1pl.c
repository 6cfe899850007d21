/* log1pl: log(1 + x); fyl2xp1 takes x itself where it is allowed
 * (|x| < 1 - sqrt(2)/2), elsewhere 1 + x loses nothing that matters. */
#include "libm.h"

long double log1pl(long double x)
{
	if (x > -0.29L && x < 0.29L)
		return x87_fyl2xp1(x, LN2_L);
	if (x < -1)
		return (x - x) / (x - x);
	if (x == -1)
		return -1 / (x - x);                /* -inf, divide by zero */
	return x87_fyl2x(1 + x, LN2_L);
}
