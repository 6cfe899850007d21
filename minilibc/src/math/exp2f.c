/* exp2f: exp2l rounded once to float (nearly always correctly rounded:
 * the long double result has 40 bits to spare). */
#include "libm.h"

float exp2f(float x)
{
	return exp2l(x);
}
