/* lgammal: log |Gamma(x)|, the sign left in signgam (POSIX). */
#include "libm.h"

long double lgammal(long double x)
{
	return lgammal_r(x, &signgam);
}
