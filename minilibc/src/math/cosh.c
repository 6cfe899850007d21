/* cosh: coshl rounded once to double (see libm.h). */
#include "libm.h"

double cosh(double x)
{
	return coshl(x);
}
