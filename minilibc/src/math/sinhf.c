/* sinhf: sinhl rounded once to float (nearly always correctly rounded:
 * the long double result has 40 bits to spare). */
#include "libm.h"

float sinhf(float x)
{
	return sinhl(x);
}
