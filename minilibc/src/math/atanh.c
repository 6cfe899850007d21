/* atanh: atanhl rounded once to double (see libm.h). */
#include "libm.h"

double atanh(double x)
{
	return atanhl(x);
}
