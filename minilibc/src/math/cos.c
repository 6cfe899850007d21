/* cos: the fast paths of fast.h, for 2^-26 <= |x| < 2^10 a quick one
 * (reduction by pi/128, a table of the whole circle, Taylor kernels),
 * for the arguments it leaves undecided and up to 2^20 a careful one
 * (reduction by pi/2, table, Taylor kernels), both correctly rounded;
 * cosl rounded once to double for tiny, huge and special arguments,
 * remainders within 2^-30 of zero and what neither decides (see fast.h
 * and libm.h). */
#include "libm.h"
#include "fast.h"

/* Out of line, so the quick path stays small: the careful path up to
 * 2^20, then cosl. */
__attribute__((noinline)) static double cos_slow(double x, uint32_t top)
{
	double r;

	if (top - 0x3e5 < 0x413 - 0x3e5 && sincos_careful(x, 1, &r))
		return r;
	return cosl(x);
}

double cos(double x)
{
	/* |x| in [2^-26, 2^10) by the exponent bits */
	uint32_t top = asu64(x) >> 52 & 0x7ff;
	double r;

	if (__builtin_expect(top - 0x3e5 < 0x409 - 0x3e5, 1) && sincos_quick(x, 64, &r))
		return r;
	return cos_slow(x, top);
}
