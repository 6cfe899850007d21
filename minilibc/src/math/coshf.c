/* coshf: the x87 form of coshl (__coshl_fast, libm.h) rounded once to
 * float (nearly always correctly rounded: 40 bits to spare). */
#include "libm.h"

float coshf(float x)
{
	return __coshl_fast(x);
}
