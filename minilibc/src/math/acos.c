/* acos: acosl rounded once to double (see libm.h). */
#include "libm.h"

double acos(double x)
{
	return acosl(x);
}
