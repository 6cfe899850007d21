/* logf: logl rounded once to float (nearly always correctly rounded:
 * the long double result has 40 bits to spare). */
#include "libm.h"

float logf(float x)
{
	return logl(x);
}
