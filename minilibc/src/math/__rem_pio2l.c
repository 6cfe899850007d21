/* __rem_pio2l: x = n pi/2 + r with |r| <= pi/4 (about), the step that
 * makes sin, cos and tan of huge arguments right: Cody-Waite below 2^28,
 * Payne-Hanek above.
 *
 * Payne-Hanek:
 * Write |x| = M 2^E with M a 64-bit integer.  Then x 2/pi mod 4 only
 * needs the bits of 2/pi from about 2^(1-E) down: the higher bits
 * multiply M into multiples of 4, which change neither the quadrant nor
 * the remainder.  A 256-bit window W of 2/pi is multiplied by M modulo
 * 2^256; the top two bits of the product are n mod 4, the rest the
 * fraction of a quadrant.  Doubles never come within 2^-62 of a multiple
 * of pi/2 (nor long doubles within about 2^-66), so the 254 fraction bits
 * leave well over the 128 significant ones we take after the leading
 * zeros; r is the fraction times pi/2, both in two parts. */
#include "libm.h"

typedef unsigned __int128 u128;

/* Word k of the table; the bits before it (and past its end) are zero. */
static uint64_t table_word(int k)
{
	return k >= 0 && k < 263 ? __two_over_pi[k] : 0;
}

/* 320 bits of 2/pi starting at bit position 'pos' (may be negative). */
static void window(int pos, uint64_t w[5])
{
	int word = (pos + 128) / 64 - 2, shift = (pos + 128) % 64;
	for (int i = 0; i < 5; i++) {
		uint64_t hi = table_word(word + i), lo = table_word(word + i + 1);
		w[i] = shift ? hi << shift | lo >> (64 - shift) : hi;
	}
}

/* p = m * w mod 2^256, w[4] contributing only its carry. */
static void multiply(uint64_t m, const uint64_t w[5], uint64_t p[4])
{
	u128 carry = ((u128)m * w[4]) >> 64;
	for (int i = 3; i >= 0; i--) {
		u128 prod = (u128)m * w[i] + carry;
		p[i] = (uint64_t)prod;
		carry = prod >> 64;
	}
}

/* The 192-bit fixed-point fraction f (f[0] most significant) as two
 * long doubles, from its first 128 significant bits: f in [0, 1/2). */
static ldd fraction_value(uint64_t f[3])
{
	int lz = 0;
	while (f[0] == 0 && lz < 192) {
		f[0] = f[1];
		f[1] = f[2];
		f[2] = 0;
		lz += 64;
	}
	if (f[0] == 0)
		return dd_ld(0);
	int s = __builtin_clzll(f[0]);
	uint64_t top = s ? f[0] << s | f[1] >> (64 - s) : f[0];
	uint64_t next = s ? f[1] << s | f[2] >> (64 - s) : f[1];
	/* Integers below 2^64 convert exactly; top has its leading bit set,
	 * so the second part is below one ulp of the first. */
	long double scale = x87_fscale(1, -64 - lz - s);
	return dd_fast_sum(top * scale, next * 0x1p-64L * scale);
}

/* Cody-Waite for x < 2^28: n = x 2/pi rounded, and r = x - n pi/2 with
 * pi/2 = P1 + P2, P1 of 36 bits so that x - n P1 is exact (n < 2^28),
 * and n P2 in two parts from P2's three (the first two of 32 bits, so
 * that n times them is exact); one two-part subtraction then gives r to
 * about 2^-125 absolute.  Returns 0 (for Payne-Hanek to redo) when r is
 * so small that this is not 2^-80 relative; no double below 2^28 comes
 * close, but it costs nothing. */
static int cody_waite(long double x, ldd *r, int *quadrant)
{
	const long double p1 = 0xc90fdaa22p-35L;
	const long double p2a = 0xb4611a62p-70L, p2b = 0xc6628b81p-103L;
	const long double p2c = -0x8f8cbb5bf6c7ddd6p-169L;
	const long double two_over_pi = 0xa2f9836e4e44152ap-64L;
	long double n = x87_frndint(x * two_over_pi);

	ldd np2 = dd_fast_sum(n * p2a, n * p2b);
	np2.lo += n * p2c;
	ldd t = dd_sum(x - n * p1, -np2.hi);
	*r = dd_fast_sum(t.hi, t.lo - np2.lo);
	*quadrant = (int)(long long)n & 3;
	return fabsl(r->hi) >= 0x1p-40L;
}

/* x >= 0; returns r and the quadrant of x = n pi/2 + r. */
ldd __rem_pio2l(long double x, int *quadrant)
{
	union ldbits u = { x };
	int E = (u.i.se & 0x7fff) - 0x3fff - 63;    /* x = m 2^E */
	uint64_t w[5], p[4];
	ldd r;

	if (x <= PIO2_L / 2) {
		*quadrant = 0;
		return dd_ld(x);
	}
	if (x < 0x1p28L && cody_waite(x, &r, quadrant))
		return r;
	/* Bit i of 2/pi (weight 2^-i) sits at table position i + 63; the
	 * window starts at i = E - 1, giving the product two integer bits. */
	window(E - 1 + 63, w);
	multiply(u.i.m, w, p);
	int n = p[0] >> 62;
	uint64_t f[3] = { p[0] << 2 | p[1] >> 62, p[1] << 2 | p[2] >> 62,
	                  p[2] << 2 | p[3] >> 62 };
	int negative = f[0] >> 63;                  /* fraction >= 1/2 */
	if (negative) {                             /* use f - 1 instead */
		n = (n + 1) & 3;
		f[2] = ~f[2] + 1;
		f[1] = ~f[1] + (f[2] == 0);
		f[0] = ~f[0] + (f[2] == 0 && f[1] == 0);
	}
	*quadrant = n;
	r = dd_mul(fraction_value(f), PIO2_DD);
	return negative ? dd_neg(r) : r;
}
