/* exp: for 2^-28 <= |x| and -708.39 <= x <= 709.78, where the result is
 * a normal number, the table-driven fast paths of fast.h, a quick one
 * and, for the few arguments it leaves undecided, a careful one; expl
 * rounded once to double for the rest (tiny and special arguments,
 * subnormal results, overflow) and for what neither decides (see fast.h
 * and libm.h). */
#include "libm.h"
#include "fast.h"

double exp(double x)
{
	double ax = __builtin_fabs(x), r;

	if (ax >= 0x1p-28 && x >= -708.39 && x <= 709.78
	    && (exp_quick(x, 0, 0, &r) || exp_careful(x, 0, 0, &r)))
		return r;
	return expl(x);
}
