/* asinh: asinhl rounded once to double (see libm.h). */
#include "libm.h"

double asinh(double x)
{
	return asinhl(x);
}
