/* log1pf: the x87 form of log1pl (__log1pl_fast, libm.h) rounded once to
 * float (nearly always correctly rounded: 40 bits to spare). */
#include "libm.h"

float log1pf(float x)
{
	return __log1pl_fast(x);
}
