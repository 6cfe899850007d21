/* scalbln: ldexp with n clamped to int (beyond, the result is 0 or inf). */
#include <math.h>

double scalbln(double x, long n)
{
	return ldexp(x, n > 100000 ? 100000 : n < -100000 ? -100000 : n);
}
