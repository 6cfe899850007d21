/* atan2f: atan2l rounded once to float. */
#include "libm.h"

float atan2f(float y, float x)
{
	return atan2l(y, x);
}
