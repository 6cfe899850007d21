/* asin: asinl rounded once to double (see libm.h). */
#include "libm.h"

double asin(double x)
{
	return asinl(x);
}
