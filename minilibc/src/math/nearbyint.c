/* nearbyint: as rint (minilibc has no <fenv.h>, so the inexact flag
 * rint may raise is not observable). */
#include <math.h>

double nearbyint(double x)
{
	return rintl(x);
}
