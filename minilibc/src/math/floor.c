/* floor: round toward minus infinity. */
#include <math.h>

double floor(double x)
{
	double t = trunc(x);

	return t > x ? t - 1 : t;
}
