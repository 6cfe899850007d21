/* scalblnf: ldexpf with n clamped to int (beyond, the result is 0 or inf). */
#include <math.h>

float scalblnf(float x, long n)
{
	return ldexpf(x, n > 100000 ? 100000 : n < -100000 ? -100000 : n);
}
