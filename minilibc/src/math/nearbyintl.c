/* nearbyintl: as rintl (no <fenv.h> to observe the inexact flag). */
#include <math.h>

long double nearbyintl(long double x)
{
	return rintl(x);
}
