/* lgamma: log |Gamma(x)|, the sign left in signgam (POSIX). */
#include "libm.h"

double lgamma(double x)
{
	return lgammal_r(x, &signgam);
}
