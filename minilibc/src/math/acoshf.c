/* acoshf: the x87 form of acoshl (__acoshl_fast, libm.h) rounded once to
 * float (nearly always correctly rounded: 40 bits to spare). */
#include "libm.h"

float acoshf(float x)
{
	return __acoshl_fast(x);
}
