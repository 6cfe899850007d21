/* hypot: hypotl rounded once to double (see libm.h). */
#include "libm.h"

double hypot(double x, double y)
{
	return hypotl(x, y);
}
