/* expl: e^x from __exp_dd_lean, m 2^k with m to about 2^-78, rounded
 * once by dd_round_scaled (subnormal results too): within 0.501 ulp.
 * (x87's f2xm1 on a reduced argument alone leaves about an ulp.) */
#include "libm.h"

long double expl(long double x)
{
	if (isnan(x))
		return x + x;
	if (x > 11357)
		return 0x1p16383L * 2;              /* overflow (inf if x is) */
	if (x < -11400)
		return isinf(x) ? 0 : 0x1p-16382L * 0x1p-16382L;
	long double scale;
	ldd m = __exp_dd_lean((ldd){ x, 0 }, &scale);
	return dd_round_scaled(m, scale);
}
