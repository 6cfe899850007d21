/* logbf: logbl, exact. */
#include <math.h>

float logbf(float x)
{
	return logbl(x);
}
