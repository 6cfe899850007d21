/* asinhf: the x87 form of asinhl (__asinhl_fast, libm.h) rounded once to
 * float (nearly always correctly rounded: 40 bits to spare). */
#include "libm.h"

float asinhf(float x)
{
	return __asinhl_fast(x);
}
