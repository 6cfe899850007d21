/* log: for positive normal x the table-driven fast paths of fast.h: away
 * from 1 a lean one (within 0.514 ulp), around 1 a careful one with a
 * rounding test, so correctly rounded there; logl rounded once to double
 * for zero, negative, subnormal and special arguments and for what the
 * careful path leaves undecided (see fast.h and libm.h). */
#include "libm.h"
#include "fast.h"

/* For x in [0.6855, 1.371) (k = 0), around 1: the careful path,
 * whose results are correctly rounded, else logl. */
__attribute__((noinline)) static double log_near_1(double x)
{
	double t, err, r, s = log_fast(x, 0, &t, &err);

	return ziv_round(s, t, err, &r) ? r : logl(x);
}

double log(double x)
{
	uint64_t ix = asu64(x);

	if (__builtin_expect(ix - 0x0010000000000000ull < 0x7fe0000000000000ull, 1)) {
		if (__builtin_expect((ix - LOG_OFF) >> 52 != 0, 1))
			return log_lean(x);
		return log_near_1(x);
	}
	return logl(x);
}
