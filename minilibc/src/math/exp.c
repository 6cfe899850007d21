/* exp: for 2^-28 <= |x| and -708.39 <= x <= 709.78, where the result is
 * a normal number, the table-driven fast path of fast.h (within 0.504
 * ulp); expl rounded once to double for the rest: tiny and special
 * arguments, subnormal results, overflow (see libm.h). */
#include "libm.h"
#include "fast.h"

/* The bits of 650 and 709.78: as unsigned integers, the bits of positive
 * doubles (and of |x|) compare as the numbers do, which is faster than
 * comparing doubles. */
#define EXP_650_BITS 0x4084500000000000ull
#define EXP_HI_BITS 0x40862e3d70a3d70aull

/* Down to -708.39, the least normal result, the fast path lifted out of
 * the subnormal range; expl does the rest. */
__attribute__((noinline)) static double exp_edge(double x)
{
	if (x >= -708.39 && x < -650)
		return exp_lean(x, 0, 1);
	return expl(x);
}

double exp(double x)
{
	uint64_t ix = asu64(x), ax = ix & ~0ull >> 1;

	/* 2^-28 <= |x| <= 650, or up to 709.78 above zero */
	if (__builtin_expect(ax - 0x3e30000000000000ull <= EXP_650_BITS - 0x3e30000000000000ull
	                     || ix - EXP_650_BITS <= EXP_HI_BITS - EXP_650_BITS, 1))
		return exp_lean(x, 0, 0);
	return exp_edge(x);
}
