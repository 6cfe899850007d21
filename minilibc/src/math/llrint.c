/* llrint: llrintl (every double is exact in long double). */
#include <math.h>

long long llrint(double x)
{
	return llrintl(x);
}
