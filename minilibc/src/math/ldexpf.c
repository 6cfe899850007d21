/* ldexpf: through ldexp (one rounding, at the conversion to float, since
 * every float times a power of two within float range fits a double). */
#include <math.h>

float ldexpf(float x, int n)
{
	if (n > 300)
		n = 300;
	if (n < -400)
		n = -400;
	return ldexp(x, n);
}
