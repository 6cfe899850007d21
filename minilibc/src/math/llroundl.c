/* llroundl: roundl, then the conversion (out of range: 0x8000..., as musl). */
#include <math.h>

long long llroundl(long double x)
{
	return llrintl(roundl(x));
}
