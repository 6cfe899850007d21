/* scalbnl: ldexpl (radix 2). */
#include <math.h>

long double scalbnl(long double x, int n)
{
	return ldexpl(x, n);
}
