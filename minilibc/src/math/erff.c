/* erff: erfl rounded once to float (nearly always correctly rounded:
 * the long double result has 40 bits to spare). */
#include "libm.h"

float erff(float x)
{
	return erfl(x);
}
