/* fdim: x - y if x > y, else +0; NaNs propagate. */
#include <math.h>

double fdim(double x, double y)
{
	if (isnan(x) || isnan(y))
		return x + y;
	return x > y ? x - y : 0;
}
