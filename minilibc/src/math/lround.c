/* lround: lroundl (every double is exact in long double). */
#include <math.h>

long lround(double x)
{
	return lroundl(x);
}
