/* lgamma_r: lgammal_r rounded once to double. */
#include "libm.h"

double lgamma_r(double x, int *sign)
{
	return lgammal_r(x, sign);
}
