/* roundl: to nearest, halfway cases away from zero; x - truncl(x) is
 * exact, so the comparison with 1/2 is too. */
#include "libm.h"

long double roundl(long double x)
{
	long double t = truncl(x);

	if (fabsl(x - t) >= 0.5L)
		t += signbit(x) ? -1 : 1;
	return t;
}
