/* powf: powl rounded once to float. */
#include "libm.h"

float powf(float x, float y)
{
	return powl(x, y);
}
