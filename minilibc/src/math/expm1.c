/* expm1: expm1l rounded once to double (see libm.h for why this is accurate). */
#include "libm.h"

double expm1(double x)
{
	return expm1l(x);
}
