/* expl: e^x as 2^k * 2^(r/ln2), with k = round(x/ln2) and the remainder
 * r = x - k*ln2 taken with ln2 in two parts (Cody-Waite) so that r is
 * nearly exact; f2xm1 then does the rest on |r/ln2| <= 1/2. */
#include "libm.h"

long double expl(long double x)
{
	if (isnan(x))
		return x + x;
	if (x > 11357)
		return 0x1p16383L * 2;              /* overflow (inf if x is) */
	if (x < -11400)
		return isinf(x) ? 0 : 0x1p-16382L * 0x1p-16382L;
	long double k = x87_frndint(x * LOG2E_L);
	long double r = (x - k * LN2_HI) - k * LN2_LO;
	return x87_fscale(1 + x87_f2xm1(r * LOG2E_L), k);
}
