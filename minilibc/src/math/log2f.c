/* log2f: log2l rounded once to float (nearly always correctly rounded:
 * the long double result has 40 bits to spare). */
#include "libm.h"

float log2f(float x)
{
	return log2l(x);
}
