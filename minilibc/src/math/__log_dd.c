/* __log_dd: log x in two parts for finite x > 0, to about 2^-100.
 *
 * One Newton step on fyl2x's result y: log x = y + log(x e^-y), and x e^-y
 * = 1 + d with |d| near 2^-63, so log(1 + d) = d - d^2/2 to 2^-189.  The
 * scale of e^-y is applied to x (exactly: x 2^k is near 1). */
#include "libm.h"

ldd __log_dd(long double x)
{
	long double y = logl(x), k;
	ldd e = __exp_dd(dd_ld(-y), &k);
	ldd d = dd_add(dd_mul_ld(e, x87_fscale(x, k)), dd_ld(-1));
	return dd_add(dd_ld(y), dd_ld(d.hi - d.hi * d.hi / 2 + d.lo));
}
