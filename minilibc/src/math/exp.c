/* exp: for 2^-28 <= |x| and -700 <= x <= 709.78 the table-driven fast
 * path of fast.h (within 0.504 ulp); down to -708.39, where results are
 * still normal, the careful path with a rounding test (correctly
 * rounded); expl rounded
 * once to double for the rest: tiny and special arguments, subnormal
 * results, overflow, and what the tested paths leave undecided (see
 * fast.h and libm.h). */
#include "libm.h"
#include "fast.h"

/* The bits of 700 and 709.78: as unsigned integers, the bits of positive
 * doubles (and of |x|) compare as the numbers do, which is faster than
 * comparing doubles. */
#define EXP_700_BITS 0x4085e00000000000ull
#define EXP_HI_BITS 0x40862e3d70a3d70aull

/* Below -700 the lean path's S u would be subnormal and lose bits: the
 * careful path scales last (down to -708.39, the least normal result),
 * expl does the rest. */
__attribute__((noinline)) static double exp_edge(double x)
{
	double r;

	if (x >= -708.39 && x < -700 && exp_careful(x, 0, 0, &r))
		return r;
	return expl(x);
}

double exp(double x)
{
	uint64_t ix = asu64(x), ax = ix & ~0ull >> 1;

	/* 2^-28 <= |x| <= 700, or up to 709.78 above zero */
	if (__builtin_expect(ax - 0x3e30000000000000ull <= EXP_700_BITS - 0x3e30000000000000ull
	                     || ix - EXP_700_BITS <= EXP_HI_BITS - EXP_700_BITS, 1))
		return exp_lean(x, 0);
	return exp_edge(x);
}
