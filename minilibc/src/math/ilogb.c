/* ilogb: ilogbl (every double is exact in long double). */
#include <math.h>

int ilogb(double x)
{
	return ilogbl(x);
}
