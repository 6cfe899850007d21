/* asinf: asinl rounded once to float (nearly always correctly rounded:
 * the long double result has 40 bits to spare). */
#include "libm.h"

float asinf(float x)
{
	return asinl(x);
}
