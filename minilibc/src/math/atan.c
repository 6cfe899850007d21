/* atan: atanl rounded once to double (see libm.h). */
#include "libm.h"

double atan(double x)
{
	return atanl(x);
}
