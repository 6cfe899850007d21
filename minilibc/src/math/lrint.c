/* lrint: lrintl (every double is exact in long double). */
#include <math.h>

long lrint(double x)
{
	return lrintl(x);
}
