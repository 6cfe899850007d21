/* __exp_dd: e^x for a two-part x, to about 2^-110, for the functions
 * that must come within a long double ulp (erf, erfc, tgamma).
 *
 * x = k ln2 + r with ln2 in two parts (k LN2_HI is exact), so e^x =
 * 2^k e^r, |r| <= 0.35.  With s = r / 2^10, e^s - 1 = s + s^2/2 + a short
 * tail, whose terms past s^2 are below 2^-36 s and so need only long
 * double; then e^(2t) - 1 = (e^t - 1)(e^t - 1 + 2), ten times.  Each
 * doubling doubles the relative error, which starts near 2^-125. */
#include "libm.h"

ldd __exp_dd(ldd x, long double *scale)
{
	long double k = x87_frndint(x.hi * LOG2E_L);
	ldd r = dd_add(x, dd_ld(-k * LN2_HI));
	r = dd_add(r, dd_prod(-k, LN2_LO));
	ldd s = dd_scale(r, -10);
	long double t = s.hi * s.hi * s.hi * (1.0L / 6 + s.hi * (1.0L / 24 + s.hi *
	                (1.0L / 120 + s.hi * (1.0L / 720 + s.hi * (1.0L / 5040)))));
	ldd em1 = dd_add(s, dd_add(dd_scale(dd_mul(s, s), -1), dd_ld(t)));
	for (int i = 0; i < 10; i++)
		em1 = dd_add(dd_mul(em1, em1), dd_scale(em1, 1));
	*scale = k;
	return dd_add(dd_ld(1), em1);
}
