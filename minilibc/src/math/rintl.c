/* rintl: frndint, in the current rounding mode. */
#include "libm.h"

long double rintl(long double x)
{
	return x87_frndint(x);
}
