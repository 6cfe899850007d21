/* lroundl: roundl, then the conversion (out of range: 0x8000..., as musl). */
#include <math.h>

long lroundl(long double x)
{
	return llrintl(roundl(x));
}
