/* nextafterl: the long double next to x toward y.  The x87 significand
 * has an explicit integer bit, so stepping it across a power of two
 * means adjusting the exponent by hand; subnormals (exponent field 0)
 * simply count in the significand. */
#include "libm.h"

long double nextafterl(long double x, long double y)
{
	if (isnan(x) || isnan(y))
		return x + y;
	if (x == y)
		return y;
	if (x == 0)
		return y > 0 ? 0x1p-16445L : -0x1p-16445L;
	union ldbits u = { x };
	int e = u.i.se & 0x7fff;
	if ((x < y) == (x > 0)) {               /* away from zero */
		if (++u.i.m == 0) {             /* 0xffff... + 1: next binade */
			u.i.m = 1ULL << 63;
			u.i.se++;
		} else if (e == 0 && u.i.m == 1ULL << 63) {
			u.i.se++;               /* largest subnormal to normal */
		}
	} else {                                /* toward zero */
		if (e != 0 && u.i.m == 1ULL << 63 && e > 1) {
			u.i.m = ~0ULL;
			u.i.se--;
		} else if (e == 1 && u.i.m == 1ULL << 63) {
			u.i.m--;                /* smallest normal to subnormal */
			u.i.se--;
		} else {
			u.i.m--;
		}
	}
	return u.f;
}
