/* cbrt: cbrtl rounded once to double (see libm.h). */
#include "libm.h"

double cbrt(double x)
{
	return cbrtl(x);
}
