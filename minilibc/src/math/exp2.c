/* exp2: exp2l rounded once to double (see libm.h for why this is accurate). */
#include "libm.h"

double exp2(double x)
{
	return exp2l(x);
}
