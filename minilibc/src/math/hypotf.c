/* hypotf: hypot rounded to float; its result, within 0.501 double ulp,
 * adds at most 2^-29 float ulp to the rounding. */
#include "libm.h"

float hypotf(float x, float y)
{
	return hypot(x, y);
}
