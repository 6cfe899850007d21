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
	double ax = __builtin_fabs(x), r;

	if (ax >= 0x1p-26 && ax < 0x1p20
	    && ((ax < 0x1p10 && sincos_quick(x, 64, &r)) || sincos_fast(x, 1, &r)))
		return r;
	return cosl(x);
}
