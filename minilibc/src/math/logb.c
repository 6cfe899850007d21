/* logb: logbl, exact. */
#include <math.h>

double logb(double x)
{
	return logbl(x);
}
