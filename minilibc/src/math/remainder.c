/* remainder: remquol, exact for every double. */
#include <math.h>

double remainder(double x, double y)
{
	int q;

	return remquol(x, y, &q);
}
