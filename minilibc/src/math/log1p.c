/* log1p: log1pl rounded once to double (see libm.h for why this is accurate). */
#include "libm.h"

double log1p(double x)
{
	return log1pl(x);
}
