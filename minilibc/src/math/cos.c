/* cos: the fast paths of fast.h, for |x| < 2^10 a quick one (reduction
 * by pi/128, a table of the whole circle, Taylor kernels), for the
 * arguments it leaves undecided and up to 2^20 a careful one (reduction
 * by pi/2, table, Taylor kernels); cosl rounded once to double for
 * tiny, huge and special arguments, remainders within 2^-30 of zero and
 * what neither decides (see fast.h and libm.h). */
#include "libm.h"
#include "fast.h"

double cos(double x)
{
	/* |x| in [2^-26, 2^10) and [2^10, 2^20) by the exponent bits */
	uint32_t top = asu64(x) >> 52 & 0x7ff;
	double r;

	if (top - 0x3e5 < 0x409 - 0x3e5) {
		if (sincos_quick(x, 64, &r) || sincos_careful(x, 1, &r))
			return r;
	} else if (top - 0x409 < 0x413 - 0x409 && sincos_careful(x, 1, &r)) {
		return r;
	}
	return cosl(x);
}
