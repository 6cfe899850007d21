/* erfc: erfcl rounded once to double (see libm.h). */
#include "libm.h"

double erfc(double x)
{
	return erfcl(x);
}
