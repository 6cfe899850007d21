/* log1pf: log1pl rounded once to float (nearly always correctly rounded:
 * the long double result has 40 bits to spare). */
#include "libm.h"

float log1pf(float x)
{
	return log1pl(x);
}
