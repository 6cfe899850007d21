/* fmal: x y + z rounded once, for the 64-bit x87 significand.
 *
 * As __fma_core, in integers: the product of two 64-bit significands is
 * a 128-bit integer; it and z's significand are placed in 256-bit
 * numbers (two 128-bit halves) with their top bits at 253, so the sum
 * cannot carry out, the smaller operand is
 * shifted right with a sticky bit, and the sum is rounded to 64 bits
 * (or to the least subnormal, 2^-16445), nearest even. */
#include "libm.h"

typedef unsigned __int128 u128;
typedef struct { u128 hi, lo; } U256;

static U256 shift_right_sticky(U256 v, int d)
{
	if (d <= 0)
		return v;
	if (d >= 256)
		return (U256){ 0, (v.hi | v.lo) != 0 };
	int sticky;
	if (d >= 128) {
		sticky = v.lo != 0 || (d > 128 && (v.hi << (256 - d)) != 0);
		return (U256){ 0, (d == 128 ? v.hi : v.hi >> (d - 128)) | sticky };
	}
	sticky = (v.lo << (128 - d)) != 0;
	return (U256){ v.hi >> d, (v.lo >> d | v.hi << (128 - d)) | sticky };
}

static U256 add(U256 a, U256 b)
{
	U256 r = { a.hi + b.hi, a.lo + b.lo };
	r.hi += r.lo < a.lo;
	return r;
}

static U256 sub(U256 a, U256 b)             /* a >= b */
{
	U256 r = { a.hi - b.hi, a.lo - b.lo };
	r.hi -= a.lo < b.lo;
	return r;
}

static int less(U256 a, U256 b)
{
	return a.hi < b.hi || (a.hi == b.hi && a.lo < b.lo);
}

static int top_bit128(u128 v)
{
	uint64_t hi = v >> 64;
	return hi ? 127 - __builtin_clzll(hi) : 63 - __builtin_clzll((uint64_t)v);
}

/* The low 128 bits of v >> d. */
static u128 shift_right(U256 v, int d)
{
	if (d == 0)
		return v.lo;
	if (d < 128)
		return v.lo >> d | v.hi << (128 - d);
	if (d < 256)
		return v.hi >> (d - 128);
	return 0;
}

/* Whether any of the n lowest bits of v is set. */
static int low_bits_set(U256 v, int n)
{
	if (n <= 0)
		return 0;
	if (n < 128)
		return (v.lo & (((u128)1 << n) - 1)) != 0;
	if (n < 256)
		return v.lo != 0 || (n > 128 && (v.hi & (((u128)1 << (n - 128)) - 1)) != 0);
	return v.lo != 0 || v.hi != 0;
}

/* v 2^e rounded to 64 bits, nearest even, no finer than 2^-16445.  The
 * sticky bit of the alignment sits far below the rounding position. */
static long double round_ld(U256 v, int e)
{
	int top = v.hi ? 128 + top_bit128(v.hi) : top_bit128(v.lo);
	int drop = top + 1 - 64;
	if (e + drop < -16445)
		drop = -16445 - e;
	if (drop <= 0)
		return ldexpl((long double)(uint64_t)v.lo, e);
	u128 m = shift_right(v, drop);
	int half = shift_right(v, drop - 1) & 1;
	if (half && (low_bits_set(v, drop - 1) || (m & 1)))
		m++;
	if (m >> 64)                                /* rounded up to 2^64 */
		return ldexpl(1, e + drop + 64);
	return ldexpl((long double)(uint64_t)m, e + drop);
}

static uint64_t split(long double v, int *e)
{
	union ldbits u = { v };
	long double f = frexpl(fabsl(v), e);
	u.f = f;
	*e -= 64;
	return u.i.m;
}

long double fmal(long double x, long double y, long double z)
{
	if (!isfinite(x) || !isfinite(y) || x == 0 || y == 0)
		return x * y + z;
	if (!isfinite(z))
		return z + z;
	int ex, ey, ez, negative_p = signbit(x) != signbit(y);
	u128 product = (u128)split(x, &ex) * split(y, &ey);
	U256 p = { product >> 2, product << 126 };       /* top bit 125 + 128 */
	int ep = ex + ey - 126;
	if (z == 0) {
		long double r = round_ld(p, ep);
		return negative_p ? -r : r;
	}
	U256 q = { (u128)split(z, &ez) << 62, 0 };            /* top bit 125 + 128 */
	ez -= 128 + 62;
	int e = ep > ez ? ep : ez;
	p = shift_right_sticky(p, e - ep);
	q = shift_right_sticky(q, e - ez);
	int negative = negative_p;
	U256 sum;
	if (negative_p == (signbit(z) != 0)) {
		sum = add(p, q);
	} else if (!less(p, q)) {
		sum = sub(p, q);
	} else {
		sum = sub(q, p);
		negative = !negative;
	}
	if (sum.hi == 0 && sum.lo == 0)
		return 0;
	long double r = round_ld(sum, e);
	return negative ? -r : r;
}
