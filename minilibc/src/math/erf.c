/* erf: erfl rounded once to double (see libm.h). */
#include "libm.h"

double erf(double x)
{
	return erfl(x);
}
