/* trunc: round toward zero.  Doubles of magnitude >= 2^52 are already
 * integers; below that the conversion to long long is exact.  copysign
 * keeps the sign of results like trunc(-0.5) = -0. */
#include <math.h>

double trunc(double x)
{
	if (!(fabs(x) < 4503599627370496.0))    /* also NaN and inf */
		return x;
	return copysign((double)(long long)x, x);
}
