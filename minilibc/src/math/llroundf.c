/* llroundf: llroundl (every float is exact in long double). */
#include <math.h>

long long llroundf(float x)
{
	return llroundl(x);
}
