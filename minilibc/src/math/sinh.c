/* sinh: sinhl rounded once to double (see libm.h). */
#include "libm.h"

double sinh(double x)
{
	return sinhl(x);
}
