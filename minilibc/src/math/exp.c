/* exp: for 2^-28 <= |x| and -708.39 <= x <= 709.78, where the result is
 * a normal number, the table-driven fast path of fast.h (within 0.504
 * ulp); expl rounded once to double for the rest: tiny and special
 * arguments, subnormal results, overflow (see libm.h). */
#include "libm.h"
#include "fast.h"

/* The bits of 650, 709.78, -650 and -708.39: as unsigned integers, the
 * bits of doubles of one sign compare as their magnitudes do, which is
 * faster than comparing doubles. */
#define EXP_650_BITS 0x4084500000000000ull
#define EXP_HI_BITS 0x40862e3d70a3d70aull
#define EXP_M650_BITS 0xc084500000000000ull
#define EXP_LO_BITS 0xc086231eb851eb85ull

double exp(double x)
{
	uint64_t ix = asu64(x);

	/* 2^-28 <= |x| < 652 by the top 20 bits (short immediates), or up to
	 * 709.78 above zero */
	if (__builtin_expect((ix >> 44 & 0x7ffff) - 0x3e300 <= 0x40845 - 0x3e300
	                     || ix - EXP_650_BITS <= EXP_HI_BITS - EXP_650_BITS, 1))
		return exp_lean(x, 0, 0);
	/* down to -708.39, the least normal result, lifted out of the
	 * subnormal range */
	if (ix - EXP_M650_BITS <= EXP_LO_BITS - EXP_M650_BITS)
		return exp_lean(x, 0, 1);
	return expl(x);
}
