/* tan: tanl rounded once to double (see libm.h). */
#include "libm.h"

double tan(double x)
{
	return tanl(x);
}
