/* frexpl: x = m * 2^e with 1/2 <= |m| < 1, read from the representation
 * (subnormals are first scaled into the normal range). */
#include "libm.h"

long double frexpl(long double x, int *e)
{
	union ldbits u = { x };
	int exp = u.i.se & 0x7fff;

	if (exp == 0) {
		if (x == 0) {
			*e = 0;
			return x;
		}
		x = frexpl(x * 0x1p120L, e);
		*e -= 120;
		return x;
	}
	if (exp == 0x7fff) {
		*e = 0;
		return x;
	}
	*e = exp - 0x3ffe;
	u.i.se = (u.i.se & 0x8000) | 0x3ffe;
	return u.f;
}
