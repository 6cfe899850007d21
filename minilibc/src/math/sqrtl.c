/* sqrtl: the x87 square root, correctly rounded by the hardware. */
#include "libm.h"

long double sqrtl(long double x)
{
	return x87_fsqrt(x);
}
