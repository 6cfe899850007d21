/* atanl: atan2l(x, 1). */
#include "libm.h"

long double atanl(long double x)
{
	if (isnan(x))
		return x + x;
	return x87_fpatan(x, 1);
}
