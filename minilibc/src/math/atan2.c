/* atan2: atan2l rounded once to double (see libm.h). */
#include "libm.h"

double atan2(double y, double x)
{
	return atan2l(y, x);
}
