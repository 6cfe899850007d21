/* atanhf: the x87 form of atanhl (__atanhl_fast, libm.h) rounded once to
 * float (nearly always correctly rounded: 40 bits to spare). */
#include "libm.h"

float atanhf(float x)
{
	return __atanhl_fast(x);
}
