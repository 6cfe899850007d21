/* cos: cosl rounded once to double (see libm.h). */
#include "libm.h"

double cos(double x)
{
	return cosl(x);
}
