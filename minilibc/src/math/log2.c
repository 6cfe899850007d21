/* log2: log2l rounded once to double (see libm.h for why this is accurate). */
#include "libm.h"

double log2(double x)
{
	return log2l(x);
}
