/* round: to nearest, halfway cases away from zero.  x - trunc(x) is
 * exact, so the comparison with 0.5 is too. */
#include <math.h>

double round(double x)
{
	double t = trunc(x);

	if (fabs(x - t) >= 0.5)
		t += copysign(1.0, x);
	return t;
}
