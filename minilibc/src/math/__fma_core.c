/* __fma_core: x * y + z rounded once, to 'bits' significant bits with
 * the last bit no finer than 2^lsb_min (53 and -1074 for double, 24 and
 * -149 for float).  x, y, z are finite and x y is nonzero.
 *
 * Integer arithmetic: x y is a 106-bit integer times a power of two and
 * z a 53-bit one.  Both are placed in 128-bit words with their top bits
 * near bit 125, the one with the smaller exponent shifted right with the
 * lost bits kept as a sticky bit, then added or subtracted.  Heavy
 * cancellation needs exponents within 2 of each other, and then nothing
 * was shifted out, so the sum is either exact or has 120 bits to round
 * from. */
#include "libm.h"

typedef unsigned __int128 u128;

/* |v| = m 2^e with m a 53-bit integer. */
static uint64_t split(double v, int *e)
{
	double f = frexp(fabs(v), e);           /* [1/2, 1) */
	*e -= 53;
	return (uint64_t)(f * 0x1p53);
}

static u128 shift_right_sticky(u128 v, int d)
{
	if (d <= 0)
		return v;
	if (d >= 128)
		return v != 0;
	return v >> d | ((v & (((u128)1 << d) - 1)) != 0);
}

static int top_bit(u128 v)
{
	uint64_t hi = v >> 64;
	return hi ? 127 - __builtin_clzll(hi) : 63 - __builtin_clzll((uint64_t)v);
}

/* Round v 2^e to 'bits' bits (or to 2^lsb_min), nearest even. */
static double round_to_double(u128 v, int e, int bits, int lsb_min)
{
	int drop = top_bit(v) + 1 - bits;
	if (e + drop < lsb_min)
		drop = lsb_min - e;
	if (drop >= 128) {                      /* below half the least subnormal */
		v = drop == 128 && v > (u128)1 << 127;
		e += drop;
	} else if (drop > 0) {
		u128 rest = v & (((u128)1 << drop) - 1), half = (u128)1 << (drop - 1);
		v >>= drop;
		e += drop;
		if (rest > half || (rest == half && (v & 1)))
			v++;
	} else if (drop < 0) {
		v <<= -drop;
		e += drop;
	}
	return ldexp((double)(uint64_t)v, e);       /* v <= 2^bits: exact */
}

double __fma_core(double x, double y, double z, int bits, int lsb_min)
{
	int ex, ey, ez;
	int negative_p = signbit(x) != signbit(y);
	u128 p = (u128)split(x, &ex) * split(y, &ey) << 20;
	int ep = ex + ey - 20;
	if (z == 0)
		return (negative_p ? -1 : 1) * round_to_double(p, ep, bits, lsb_min);
	u128 q = (u128)split(z, &ez) << 72;
	ez -= 72;
	int e = ep > ez ? ep : ez;
	p = shift_right_sticky(p, e - ep);
	q = shift_right_sticky(q, e - ez);
	int negative = negative_p;
	u128 sum;
	if (negative_p == (signbit(z) != 0)) {
		sum = p + q;
	} else if (p >= q) {
		sum = p - q;
	} else {
		sum = q - p;
		negative = !negative;
	}
	if (sum == 0)
		return 0;                           /* exact cancellation: +0 */
	double r = round_to_double(sum, e, bits, lsb_min);
	return negative ? -r : r;
}
