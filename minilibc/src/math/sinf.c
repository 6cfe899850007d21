/* sinf: sinl rounded once to float (nearly always correctly rounded:
 * the long double result has 40 bits to spare). */
#include "libm.h"

float sinf(float x)
{
	return sinl(x);
}
