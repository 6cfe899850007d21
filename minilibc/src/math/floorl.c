/* floorl: frndint with the x87 rounding control set to RC_DOWN. */
#include "libm.h"

long double floorl(long double x)
{
	return x87_round_mode(x, RC_DOWN);
}
