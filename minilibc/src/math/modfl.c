/* modfl: integral part by truncl, fraction x - i (exact); infinities
 * have fraction +-0, NaN both parts NaN. */
#include "libm.h"

long double modfl(long double x, long double *ip)
{
	*ip = truncl(x);
	if (isinf(x))
		return copysignl(0, x);
	return copysignl(x - *ip, x);
}
