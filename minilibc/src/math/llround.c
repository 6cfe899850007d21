/* llround: llroundl (every double is exact in long double). */
#include <math.h>

long long llround(double x)
{
	return llroundl(x);
}
