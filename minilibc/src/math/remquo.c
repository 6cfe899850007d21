/* remquo: remquol, exact for every double (the remainder is representable). */
#include <math.h>

double remquo(double x, double y, int *quo)
{
	return remquol(x, y, quo);
}
