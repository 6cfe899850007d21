/* ceill: frndint with the x87 rounding control set to RC_UP. */
#include "libm.h"

long double ceill(long double x)
{
	return x87_round_mode(x, RC_UP);
}
