/* sinhf: the x87 form of sinhl (__sinhl_fast, libm.h) rounded once to
 * float (nearly always correctly rounded: 40 bits to spare). */
#include "libm.h"

float sinhf(float x)
{
	return __sinhl_fast(x);
}
