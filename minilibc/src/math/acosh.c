/* acosh: acoshl rounded once to double (see libm.h). */
#include "libm.h"

double acosh(double x)
{
	return acoshl(x);
}
