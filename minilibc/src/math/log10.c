/* log10: log10l rounded once to double (see libm.h for why this is accurate). */
#include "libm.h"

double log10(double x)
{
	return log10l(x);
}
