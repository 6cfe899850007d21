/* ilogbf: ilogbl (every float is exact in long double). */
#include <math.h>

int ilogbf(float x)
{
	return ilogbl(x);
}
