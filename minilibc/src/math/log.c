/* log: for positive normal x the table-driven fast paths of fast.h, a
 * quick one and, around 1 and for the few arguments it leaves
 * undecided, a careful one; logl rounded once to double for zero,
 * negative, subnormal and special arguments and for what neither
 * decides (see fast.h and libm.h). */
#include "libm.h"
#include "fast.h"

double log(double x)
{
	uint64_t ix = asu64(x);
	double t, err, r;

	if (ix - 0x0010000000000000ull < 0x7fe0000000000000ull) {
		if (log_quick(x, &r))
			return r;
		double s = log_fast(x, 0, &t, &err);
		if (ziv_round(s, t, err, &r))
			return r;
	}
	return logl(x);
}
