/* tanh: tanhl rounded once to double (see libm.h). */
#include "libm.h"

double tanh(double x)
{
	return tanhl(x);
}
