/* expm1f: expm1l rounded once to float (nearly always correctly rounded:
 * the long double result has 40 bits to spare). */
#include "libm.h"

float expm1f(float x)
{
	return expm1l(x);
}
