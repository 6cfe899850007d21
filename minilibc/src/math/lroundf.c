/* lroundf: lroundl (every float is exact in long double). */
#include <math.h>

long lroundf(float x)
{
	return lroundl(x);
}
