/* nearbyintf: as rintf (minilibc has no <fenv.h>, so the inexact flag
 * rint may raise is not observable). */
#include <math.h>

float nearbyintf(float x)
{
	return rintl(x);
}
