/* lgammaf_r: lgammal_r rounded once to float. */
#include "libm.h"

float lgammaf_r(float x, int *sign)
{
	return lgammal_r(x, sign);
}
