/* acosf: __acosl_x87 rounded once to float (nearly always correctly
 * rounded: the long double result has 38 bits to spare). */
#include "libm.h"

float acosf(float x)
{
	return __acosl_x87(x);
}
