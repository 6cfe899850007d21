/* log10f: the x87 form of log10l (__log10l_fast, libm.h) rounded once to
 * float (nearly always correctly rounded: 40 bits to spare). */
#include "libm.h"

float log10f(float x)
{
	return __log10l_fast(x);
}
