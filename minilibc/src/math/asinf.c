/* asinf: __asinl_x87 rounded once to float (nearly always correctly
 * rounded: the long double result has 38 bits to spare). */
#include "libm.h"

float asinf(float x)
{
	return __asinl_x87(x);
}
