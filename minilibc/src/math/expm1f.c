/* expm1f: the x87 form of expm1l (__expm1l_fast, libm.h) rounded once to
 * float (nearly always correctly rounded: 40 bits to spare). */
#include "libm.h"

float expm1f(float x)
{
	return __expm1l_fast(x);
}
