/* log: logl rounded once to double (see libm.h for why this is accurate). */
#include "libm.h"

double log(double x)
{
	return logl(x);
}
