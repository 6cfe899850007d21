/* copysignl: the magnitude of x with the sign of y (the sign bit sits in
 * the exponent word of the x87 format). */
#include "libm.h"

long double copysignl(long double x, long double y)
{
	union ldbits ux = { x }, uy = { y };

	ux.i.se = (ux.i.se & 0x7fff) | (uy.i.se & 0x8000);
	return ux.f;
}
