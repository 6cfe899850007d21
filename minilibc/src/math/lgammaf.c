/* lgammaf: log |Gamma(x)|, the sign left in signgam (POSIX). */
#include "libm.h"

float lgammaf(float x)
{
	return lgammal_r(x, &signgam);
}
