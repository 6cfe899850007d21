/* tanhf: the x87 form of tanhl (__tanhl_fast, libm.h) rounded once to
 * float (nearly always correctly rounded: 40 bits to spare). */
#include "libm.h"

float tanhf(float x)
{
	return __tanhl_fast(x);
}
