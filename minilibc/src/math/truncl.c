/* truncl: frndint with the x87 rounding control set to RC_ZERO. */
#include "libm.h"

long double truncl(long double x)
{
	return x87_round_mode(x, RC_ZERO);
}
