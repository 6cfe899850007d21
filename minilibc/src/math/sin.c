/* sin: sinl rounded once to double (see libm.h). */
#include "libm.h"

double sin(double x)
{
	return sinl(x);
}
