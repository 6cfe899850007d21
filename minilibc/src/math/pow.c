/* pow: for positive normal x other than 1 and 2^-60 <= |y| <= 2^60, log x
 * as a double and a correction (fast.h), times y exactly in two parts,
 * then e^(y log x) by exp's fast path with the product's low part
 * carried in (within 0.52 ulp); where that is not accurate enough (x
 * near 1 with a large y, whose product with the correction exceeds
 * 2^-12) or the result is below e^-650, a careful path with log x in
 * double-double and a rounding test (correctly rounded); powl rounded
 * once to double (powl is within 0.52 long double ulp) for everything
 * else: negative or special x, special y, results that overflow or are
 * subnormal, what the careful path leaves undecided. */
#include "libm.h"
#include "fast.h"

/* The bits of 650 and 709.78, compared as unsigned integers. */
#define POW_650_BITS 0x4084500000000000ull
#define POW_HI_BITS 0x40862e3d70a3d70aull

/* x^y = e^z, z = y log x, when -708.39 <= z <= 709.78 (else 0: the result
 * is subnormal or overflows).  The error bound of log x, lerr, becomes
 * one of z and then one of e^z on exp_careful's scale, where e^z lies in
 * [0.98, 2.02] before the scaling by 2^m: 2.1 times the error of z. */
__attribute__((noinline)) static double pow_careful(double x, double y)
{
	double llo, lerr, r;
	double lhi = log_fast(x, 1, &llo, &lerr);
	double zhi = y * lhi;
	if (zhi >= -708.39 && zhi <= 709.78) {
		double yh = split_hi(y), yl = y - yh, lh = split_hi(lhi), ll = lhi - lh;
		double zlo = ((((yh * lh - zhi) + yh * ll) + yl * lh) + yl * ll) + y * llo;
		double zerr = __builtin_fabs(y) * lerr + 0x1p-100 * __builtin_fabs(zhi);
		if (exp_careful(zhi, zlo, 2.1 * zerr, &r))
			return r;
	}
	return powl(x, y);
}

double pow(double x, double y)
{
	uint64_t ix = asu64(x), ay = asu64(y) & ~0ull >> 1;

	if (__builtin_expect(ix - 0x0010000000000000ull < 0x7fe0000000000000ull && x != 1
	                     && ay - 0x3c30000000000000ull <= 0x0780000000000000ull, 1)) {
		double t, lerr;
		double s = log_fast(x, 0, &t, &lerr);
		double zhi = y * s, yt = y * t;
		uint64_t iz = asu64(zhi), az = iz & ~0ull >> 1;
		/* log x = s + t within 2^-50 |t| + 2^-69.9 |s| (t is about the
		 * log1p term p of log_fast's bound): with |y t| <= 2^-12 the
		 * error of z is below 2^-62 + 2^-60.4, with the roundings
		 * below 2^-59.9: e^z's relative error from it */
		if (__builtin_expect((az <= POW_650_BITS || iz - POW_650_BITS <= POW_HI_BITS - POW_650_BITS)
		                     && __builtin_fabs(yt) <= 0x1p-12, 1)) {
			/* y s - zhi from the halves cut by masking: the first
			 * difference is exact, the rest rounded below 2^-75 |z| */
			double yh = asdouble(asu64(y) & -1ull << 27), yl = y - yh;
			double sh = asdouble(asu64(s) & -1ull << 27), sl = s - sh;
			double zlo = ((yh * sh - zhi) + (yh * sl + yl * sh)) + (yl * sl + yt);
			double z = fast2sum(zhi, zlo, &zlo);
			return exp_lean(z, zlo, 0);
		}
		return pow_careful(x, y);
	}
	return powl(x, y);
}
