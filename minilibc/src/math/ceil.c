/* ceil: round toward plus infinity. */
#include <math.h>

double ceil(double x)
{
	double t = trunc(x);

	return t < x ? t + 1 : t;
}
