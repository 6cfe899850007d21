/* log10f: log10l rounded once to float (nearly always correctly rounded:
 * the long double result has 40 bits to spare). */
#include "libm.h"

float log10f(float x)
{
	return log10l(x);
}
