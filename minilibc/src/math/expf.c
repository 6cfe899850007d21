/* expf: expl rounded once to float (nearly always correctly rounded:
 * the long double result has 40 bits to spare). */
#include "libm.h"

float expf(float x)
{
	return expl(x);
}
