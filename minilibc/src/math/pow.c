/* pow: for positive normal x other than 1 and 2^-60 <= |y| <= 2^60, log x
 * as a double and a correction (fast.h), times y exactly in two parts,
 * then e^(y log x) by the exp fast path with the product's low part and
 * its error carried in: a quick try, then a careful one with log x in
 * double-double; powl rounded once to double (see powl for the
 * exactness of y e) for everything else: negative or special x, special
 * y, results near overflow or underflow, undecided rounding. */
#include "libm.h"
#include "fast.h"

/* x^y = e^z, z = y log x, when -708.39 <= z <= 709.78 (else 0: the result
 * is subnormal or overflows).  The error bound of log x, lerr, becomes
 * one of z and then one of e^z on exp_quick's scale, where e^z lies in
 * [0.98, 2.02] before the scaling by 2^m: 2.1 times the error of z. */
static int pow_quick(double x, double y, double *res)
{
	double t, lerr;
	double s = log_fast(x, 0, &t, &lerr);
	double zhi = y * s;
	if (!(zhi >= -708.39 && zhi <= 709.78))
		return 0;
	/* y s - zhi from the halves cut by masking: the first difference is
	 * exact, the rest rounded below 2^-75 |z| */
	double yh = asdouble(asu64(y) & -1ull << 27), yl = y - yh;
	double sh = asdouble(asu64(s) & -1ull << 27), sl = s - sh;
	double zlo = ((yh * sh - zhi) + (yh * sl + yl * sh)) + (yl * sl + y * t);
	double z = fast2sum(zhi, zlo, &zlo);
	double zerr = __builtin_fabs(y) * (lerr + 0x1p-52 * __builtin_fabs(t))
	              + 0x1p-75 * __builtin_fabs(zhi);
	return exp_quick(z, zlo, 2.1 * zerr, res);
}

/* The same with log x in double-double and an exact product. */
static int pow_careful(double x, double y, double *res)
{
	double llo, lerr;
	double lhi = log_fast(x, 1, &llo, &lerr);
	double zhi = y * lhi;
	if (!(zhi >= -708.39 && zhi <= 709.78))
		return 0;
	double yh = split_hi(y), yl = y - yh, lh = split_hi(lhi), ll = lhi - lh;
	double zlo = ((((yh * lh - zhi) + yh * ll) + yl * lh) + yl * ll) + y * llo;
	double zerr = __builtin_fabs(y) * lerr + 0x1p-100 * __builtin_fabs(zhi);
	return exp_careful(zhi, zlo, 2.1 * zerr, res);
}

double pow(double x, double y)
{
	uint64_t ix = asu64(x), ay = asu64(y) & ~0ull >> 1;
	double r;

	if (ix - 0x0010000000000000ull < 0x7fe0000000000000ull && x != 1
	    && ay - 0x3c30000000000000ull <= 0x0780000000000000ull
	    && (pow_quick(x, y, &r) || pow_careful(x, y, &r)))
		return r;
	return powl(x, y);
}
