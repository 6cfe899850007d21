/* scalblnl: ldexpl with n clamped to int (beyond, the result is 0 or inf). */
#include <math.h>

long double scalblnl(long double x, long n)
{
	return ldexpl(x, n > 100000 ? 100000 : n < -100000 ? -100000 : n);
}
