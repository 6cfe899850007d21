/* expm1l: e^x - 1 without the cancellation of exp(x) - 1.  Near zero
 * f2xm1 gives 2^t - 1 directly; elsewhere e^x = 2^k (1 + p) as in expl,
 * and e^x - 1 = 2^k p + (2^k - 1), where 2^k - 1 is exact for |k| <= 64. */
#include "libm.h"

long double expm1l(long double x)
{
	if (isnan(x))
		return x + x;
	if (x > 11357)
		return 0x1p16383L * 2;
	if (x < -46)                            /* e^x below 2^-66 */
		return -1 + 0x1p-100L;
	if (x > -0.69L && x < 0.69L)
		return x87_f2xm1(x * LOG2E_L);
	long double k = x87_frndint(x * LOG2E_L);
	long double r = (x - k * LN2_HI) - k * LN2_LO;
	long double p = x87_f2xm1(r * LOG2E_L);
	return x87_fscale(p, k) + (x87_fscale(1, k) - 1);
}
