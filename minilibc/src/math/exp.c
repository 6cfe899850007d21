/* exp: expl rounded once to double (see libm.h for why this is accurate). */
#include "libm.h"

double exp(double x)
{
	return expl(x);
}
