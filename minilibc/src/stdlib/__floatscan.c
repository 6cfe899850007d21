/* __floatscan: decimal and hexadecimal text to the nearest double or
 * long double (x87, 64-bit significand), in round-to-nearest.
 *
 * Correct rounding needs exact arithmetic.  The decimal significand D and
 * exponent E give the value D * 10^E = (U / V) * 2^E with big integers U
 * and V (U = D * 5^E, V = 1 when E >= 0; U = D, V = 5^-E otherwise).
 * Long division of U * 2^s by V, with s chosen so the quotient q has two
 * bits more than the format's significand, yields value = q * 2^(E-s)
 * plus a "sticky" bit telling whether anything was left over.  Rounding q
 * to the format's bits (fewer for subnormals) with ties-to-even is then
 * exact; the result is packed as a long double, which holds every double
 * exactly, so strtod's conversion back to double does not round again.
 * Easy inputs take a fast path that is exact in the format's arithmetic:
 * one correctly rounded multiply or divide (doubles: at most 15 digits
 * and |E| <= 22; long doubles: 19 digits and |E| <= 27, on the x87).  Up
 * to 19 digits (what printf's "%.17g" writes), Eisel and Lemire's method
 * usually decides a double from one or two 64x64-bit products with a
 * 128-bit approximation of 5^E, and hands the rare case it cannot decide
 * (and subnormal or overflowing results) to the exact path.  Digits are
 * read from the text itself, where they already are: beyond MAX_DIGITS
 * significant digits the rest only sets the sticky bit. */
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <ctype.h>
#include <errno.h>
#include "strto.h"

/* A halfway point between two long doubles has at most about 11 515
 * significant digits (an odd multiple of 2^-16446: 5^16446 has 11 496,
 * times a 65-bit significand), between two doubles about 770, so with
 * this many a tie is always seen exactly. */
#define MAX_DIGITS FLOATSCAN_DIGITS
/* Enough limbs for 10^MAX_DIGITS (38 535 bits) or 5^(MAX_DIGITS + 4952)
 * (38 433), the quotient's 67 bits on top, and big_shl's spare limb. */
#define LIMBS 1216

typedef unsigned __int128 u128;

/* What rounding needs to know of a binary format. */
typedef struct {
	int bits;              /* significand bits, the leading one included */
	int emin, emax;        /* exponents of the smallest and largest normal binades */
	int dec_max, dec_min;  /* 0.d1d2... * 10^k: k above dec_max overflows, below dec_min is 0 */
} FloatFormat;

static const FloatFormat formats[] = {
	[FLOATSCAN_FLOAT] = { 24, -126, 127, 40, -46 },
	[FLOATSCAN_DOUBLE] = { 53, -1022, 1023, 310, -324 },
	[FLOATSCAN_LONG_DOUBLE] = { 64, -16382, 16383, 4934, -4952 },
};

/* The significant digits of a decimal number as they stand in the text. */
typedef struct {
	const char *first;     /* the first nonzero digit */
	int nd;                /* digits taken, trailing zeros dropped, at most MAX_DIGITS */
	long dexp;             /* value = D * 10^dexp, D the integer of those nd digits */
	int sticky;            /* a nonzero digit beyond MAX_DIGITS */
} Decimal;

typedef struct {
	uint32_t l[LIMBS];     /* little-endian base 2^32 */
	int n;
} Big;

static void big_mul_add(Big *b, uint32_t k, uint32_t add)
{
	uint64_t carry = add;

	for (int i = 0; i < b->n; i++) {
		uint64_t t = (uint64_t)b->l[i] * k + carry;
		b->l[i] = (uint32_t)t;
		carry = t >> 32;
	}
	if (carry)
		b->l[b->n++] = (uint32_t)carry;
}

static void big_mul_pow5(Big *b, long e)
{
	static const uint32_t p5[14] = { 1, 5, 25, 125, 625, 3125, 15625, 78125, 390625,
		1953125, 9765625, 48828125, 244140625, 1220703125 };

	for (; e > 0; e -= 13)
		big_mul_add(b, p5[e < 13 ? e : 13], 0);
}

static long big_bits(const Big *b)
{
	return b->n ? b->n * 32L - __builtin_clz(b->l[b->n - 1]) : 0;
}

static void big_shl(Big *b, long k)
{
	int words = (int)(k / 32), bits = (int)(k % 32);

	if (!b->n)
		return;
	b->l[b->n] = 0;
	for (int i = b->n; i >= 0; i--) {
		uint32_t hi = b->l[i] << bits;
		uint32_t lo = bits && i > 0 ? b->l[i - 1] >> (32 - bits) : 0;
		b->l[i + words] = hi | lo;
	}
	for (int i = 0; i < words; i++)
		b->l[i] = 0;
	b->n += words + 1;
	while (b->n && !b->l[b->n - 1])
		b->n--;
}

static void big_shr1(Big *b)
{
	for (int i = 0; i < b->n; i++)
		b->l[i] = (b->l[i] >> 1) | (i + 1 < b->n ? b->l[i + 1] << 31 : 0);
	while (b->n && !b->l[b->n - 1])
		b->n--;
}

static int big_cmp(const Big *a, const Big *b)
{
	if (a->n != b->n)
		return a->n < b->n ? -1 : 1;
	for (int i = a->n - 1; i >= 0; i--)
		if (a->l[i] != b->l[i])
			return a->l[i] < b->l[i] ? -1 : 1;
	return 0;
}

static void big_sub(Big *a, const Big *b)    /* a -= b, a >= b */
{
	int64_t borrow = 0;

	for (int i = 0; i < a->n; i++) {
		int64_t t = (int64_t)a->l[i] - (i < b->n ? b->l[i] : 0) - borrow;
		borrow = t < 0;
		a->l[i] = (uint32_t)(t + (borrow ? (1LL << 32) : 0));
	}
	while (a->n && !a->l[a->n - 1])
		a->n--;
}

/* How a result left the normal range, for errno (see range_errno). */
enum { RANGE_OK, RANGE_OVERFLOW, RANGE_ZERO, RANGE_SUBNORMAL_INEXACT };

/* mant * 2^e2 (mant != 0, a value of the long double format) packed as
 * an x87 long double: the leading significand bit is explicit, and a
 * subnormal has exponent field 0 and the unit 2^-16445. */
static long double make_long_double(uint64_t mant, long e2)
{
	union { long double f; struct { uint64_t m; uint16_t se; } i; } u = { 0 };
	int lz = __builtin_clzll(mant);
	long e = e2 + 63 - lz;

	if (e >= -16382) {
		u.i.m = mant << lz;
		u.i.se = (uint16_t)(e + 16383);
	} else {
		u.i.m = mant << (e2 + 16445);
	}
	return u.f;
}

static int clz128(u128 q)
{
	uint64_t hi = (uint64_t)(q >> 64);

	return hi ? __builtin_clzll(hi) : 64 + __builtin_clzll((uint64_t)q);
}

/* The number of format fmt nearest to (q + something if sticky) * 2^e2,
 * q != 0; *range says whether it overflowed, underflowed to zero, or is
 * an inexact subnormal that rounding did not carry up to the next power
 * of two (musl's test). */
static long double assemble(u128 q, long e2, int sticky, const FloatFormat *fmt, int *range)
{
	int lz = clz128(q), inexact;
	long e, shift;
	u128 mant;

	*range = RANGE_OK;
	q <<= lz;
	e = 127 + e2 - lz;            /* value in [2^e, 2^(e+1)) */
	if (e > fmt->emax)
		goto overflow;
	shift = 128 - fmt->bits;
	if (e < fmt->emin)
		shift += fmt->emin - e;
	if (shift > 128)
		goto underflow;
	if (shift == 128) {
		u128 half = (u128)1 << 127;
		mant = q > half || (q == half && sticky);
		inexact = 1;
	} else {
		u128 rem = q & (((u128)1 << shift) - 1), half = (u128)1 << (shift - 1);
		mant = q >> shift;
		inexact = rem || sticky;
		if (rem > half || (rem == half && (sticky || (mant & 1))))
			mant++;
	}
	if (!mant)
		goto underflow;
	if (e < fmt->emin) {
		if (inexact && mant != (u128)1 << (128 - shift))
			*range = RANGE_SUBNORMAL_INEXACT;
		return make_long_double((uint64_t)mant, fmt->emin - fmt->bits + 1);
	}
	if (mant >> fmt->bits) {      /* rounding carried to a new bit */
		mant >>= 1;
		if (++e > fmt->emax)
			goto overflow;
	}
	return make_long_double((uint64_t)mant, e - fmt->bits + 1);
overflow:
	*range = RANGE_OVERFLOW;
	return __builtin_infl();
underflow:
	*range = RANGE_ZERO;
	return 0;
}

/* errno as musl sets it: ERANGE for the range events its tests see.
 * Decimal input sees them all: overflow, underflow to zero, and an
 * inexact subnormal (musl clears that when rounding carried the
 * significand up a binade, as for 2.5e-324).  See scan_hex for hex. */
static void range_errno(int range, int sees_overflow, int sees_zero, int sees_subnormal)
{
	if ((range == RANGE_OVERFLOW && sees_overflow) || (range == RANGE_ZERO && sees_zero)
	    || (range == RANGE_SUBNORMAL_INEXACT && sees_subnormal))
		errno = ERANGE;
}

static int hexval(int c)
{
	if ((unsigned)c - '0' < 10)
		return c - '0';
	if ((unsigned)(c | 32) - 'a' < 6)
		return (c | 32) - 'a' + 10;
	return -1;
}

static long double scan_hex(const char *p, const char **end, const FloatFormat *fmt)
{
	u128 q = 0;
	long e2 = 0, rp = 0, pexp = 0;    /* rp: musl's significant digits before the point */
	int sticky = 0, seen_point = 0, range;

	for (;; p++) {
		int v;
		if (*p == '.' && !seen_point) {
			seen_point = 1;
			continue;
		}
		if ((v = hexval((unsigned char)*p)) < 0)
			break;
		if (!seen_point && (v || q))
			rp++;
		else if (seen_point && !v && !q && rp <= 0)
			rp--;
		if (q >> 124) {           /* full: later digits only scale or stick */
			sticky |= v != 0;
			if (!seen_point)
				e2 += 4;
		} else {
			q = q << 4 | v;
			if (seen_point)
				e2 -= 4;
		}
	}
	if ((*p | 32) == 'p') {
		const char *x = p + 1;
		int neg = 0;
		long exp = 0;
		if (*x == '+' || *x == '-')
			neg = *x++ == '-';
		if (isdigit((unsigned char)*x)) {
			for (; isdigit((unsigned char)*x); x++)
				if (exp < 100000)
					exp = exp * 10 + (*x - '0');
			pexp = neg ? -exp : exp;
			e2 += pexp;
			p = x;
		}
	}
	*end = p;
	if (!q)
		return 0;
	/* musl looks at t = p + 4 * (digits before the point): overflow only
	 * when t > 31 - emin + bits (1106 for double), so an inf reached by
	 * rounding or from fewer digits is silent; zero when t < emin - bits
	 * - 95 (-1170), or when the value is an exact power of two (a tie
	 * that rounds to zero); an inexact subnormal never. */
	long t = pexp + 4 * rp;
	long double y = assemble(q, e2, sticky, fmt, &range);
	range_errno(range, t > 31 - fmt->emin + fmt->bits,
		    t < fmt->emin - fmt->bits - 95 || (!sticky && !(q & (q - 1))), 0);
	return y;
}

#include "__pow5_128.h"

/* w * 10^q, w != 0, as a double, if w * T(q) (T: 5^q to 128 bits, with
 * 2^q folded into the exponent) pins down the rounding: 1 and *out, else
 * 0.  The product's top 54 bits are the 53-bit significand and the
 * rounding bit; the bits below it, computed with 64 or 128 bits of T(q),
 * show whether the truncation of T(q) could have moved the result. */
static int eisel_lemire(uint64_t w, int q, double *out)
{
	if (q < -342 || q > 308)
		return 0;
	int lz = __builtin_clzll(w);
	w <<= lz;
	const uint64_t *t = pow5_128[q + 342];
	unsigned __int128 p = (unsigned __int128)w * t[0];
	uint64_t hi = (uint64_t)(p >> 64), lo = (uint64_t)p;
	if ((hi & 0x1ff) == 0x1ff) {   /* the next 64 bits of T(q) may carry in */
		uint64_t h2 = (uint64_t)(((unsigned __int128)w * t[1]) >> 64);
		lo += h2;
		hi += lo < h2;
	}
	/* Below q = -27 or above 55, T(q) is inexact: all ones left no room. */
	if (lo == UINT64_MAX && (q < -27 || q > 55))
		return 0;
	int upper = (int)(hi >> 63);
	uint64_t m = hi >> (upper + 9);                  /* 54 bits */
	int e = ((217706 * q) >> 16) + 63 + upper - lz + 1023; /* biased */
	/* An exact tie (possible only for small q) rounds to even. */
	if (lo <= 1 && q >= -4 && q <= 23 && (m & 3) == 1 && m << (upper + 9) == hi)
		m &= ~1ULL;
	m += m & 1;
	m >>= 1;
	if (m >> 53) {                                   /* rounded up to 2^53 */
		m >>= 1;
		e++;
	}
	if (e <= 0 || e >= 0x7ff)                        /* subnormal or inf */
		return 0;
	uint64_t bits = (uint64_t)e << 52 | (m & ((1ULL << 52) - 1));
	memcpy(out, &bits, sizeof *out);
	return 1;
}

/* The next digit of a significand, stepping over its decimal point. */
static int next_digit(const char **p)
{
	if (**p == '.')
		(*p)++;
	return *(*p)++ - '0';
}

/* The exact path: U / V to two bits more than the format's significand,
 * the remainder as the sticky bit, then one rounding. */
static __attribute__((__noinline__)) long double scan_decimal_big(const Decimal *d,
								   const FloatFormat *fmt)
{
	Big u = { .n = 0 }, v = { .l = { 1 }, .n = 1 };
	const char *p = d->first;
	int qtop = fmt->bits + 2, range;   /* the quotient's top bit: 2^qtop or 2^(qtop-1) */
	u128 q = 0;

	for (int i = 0; i < d->nd; ) {
		uint32_t chunk = 0, scale = 1;
		for (int k = 0; k < 9 && i < d->nd; k++, i++) {
			chunk = chunk * 10 + next_digit(&p);
			scale *= 10;
		}
		big_mul_add(&u, scale, chunk);
	}
	if (d->dexp >= 0)
		big_mul_pow5(&u, d->dexp);
	else
		big_mul_pow5(&v, -d->dexp);
	long s = qtop - (big_bits(&u) - big_bits(&v));
	if (s > 0)
		big_shl(&u, s);
	else if (s < 0)
		big_shl(&v, -s);
	/* q = u / v by shift-and-subtract, v shifted down in place. */
	big_shl(&v, qtop);
	for (int i = qtop; i >= 0; i--) {
		if (big_cmp(&u, &v) >= 0) {
			big_sub(&u, &v);
			q |= (u128)1 << i;
		}
		big_shr1(&v);
	}
	long double y = assemble(q, d->dexp - s, d->sticky || u.n, fmt, &range);
	range_errno(range, 1, 1, 1);
	return y;
}

/* y, the double nearest a decimal value v, rounded to float is v rounded
 * to float, unless a float halfway point could lie between them: y on one
 * (its low 29 bits 1 followed by zeros) or y subnormal as a float.  Then
 * 0, and the exact path decides. */
static int float_from_double(double y, long double *out)
{
	uint64_t b;
	memcpy(&b, &y, sizeof b);
	if ((b & 0x1fffffff) == 0x10000000 || !(__builtin_fabs(y) >= 0x1p-126 && __builtin_fabs(y) < 0x1p127))
		return 0;
	*out = (float)y;
	return 1;
}

static long double scan_decimal(const Decimal *d, const FloatFormat *fmt)
{
	static const long double p10[] = { 1e0L, 1e1L, 1e2L, 1e3L, 1e4L, 1e5L, 1e6L, 1e7L,
		1e8L, 1e9L, 1e10L, 1e11L, 1e12L, 1e13L, 1e14L, 1e15L, 1e16L, 1e17L, 1e18L,
		1e19L, 1e20L, 1e21L, 1e22L, 1e23L, 1e24L, 1e25L, 1e26L, 1e27L };   /* exact */
	static const double p10d[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
		1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };
	long k = d->nd + d->dexp, e = d->dexp;

	if (!d->nd)
		return 0;
	if (k > fmt->dec_max) {
		errno = ERANGE;
		return __builtin_infl();
	}
	if (k < fmt->dec_min) {
		errno = ERANGE;
		return 0;
	}
	if (d->nd <= 19 && !d->sticky) {
		const char *p = d->first;
		uint64_t w = 0;
		double y;
		for (int i = 0; i < d->nd; i++)
			w = w * 10 + (uint64_t)next_digit(&p);
		if (fmt->bits == 53 && d->nd <= 15 && e >= -22 && e <= 22)
			return e >= 0 ? (double)w * p10d[e] : (double)w / p10d[-e];
		if (fmt->bits == 53 && eisel_lemire(w, (int)e, &y))
			return y;
		long double f;
		if (fmt->bits == 24 && eisel_lemire(w, (int)e, &y) && float_from_double(y, &f))
			return f;
		if (fmt->bits == 64 && e >= -27 && e <= 27)
			return e >= 0 ? (long double)w * p10[e] : (long double)w / p10[-e];
	}
	return scan_decimal_big(d, fmt);
}

/* The significand's digits from p, into d; the end of the digits, or p
 * itself when there are none. */
static const char *scan_digits(const char *p, Decimal *d)
{
	const char *start = p;
	long ipos = 0;          /* value = 0.d1d2... * 10^ipos */
	long count = 0, last_nz = 0;
	int seen_point = 0, any = 0;

	d->first = 0;
	for (;; p++) {
		if (*p == '.' && !seen_point) {
			seen_point = 1;
			continue;
		}
		if ((unsigned)*p - '0' >= 10)
			break;
		any = 1;
		if (!d->first) {
			if (*p == '0') {
				ipos -= seen_point;
				continue;
			}
			d->first = p;
		}
		count++;
		if (*p != '0')
			last_nz = count;
		ipos += !seen_point;
	}
	d->nd = (int)(last_nz < MAX_DIGITS ? last_nz : MAX_DIGITS);
	d->sticky = last_nz > MAX_DIGITS;
	d->dexp = ipos - d->nd;
	return any ? p : start;
}

hidden long double __floatscan(const char *s, char **end, int prec)
{
	const FloatFormat *fmt = &formats[prec];
	const char *p = s, *q;
	Decimal d;
	int neg = 0;
	long double y;

	while (isspace((unsigned char)*p))
		p++;
	if (*p == '+' || *p == '-')
		neg = *p++ == '-';

	if (!strncasecmp(p, "inf", 3)) {
		p += 3;
		if (!strncasecmp(p, "inity", 5))
			p += 5;
		y = __builtin_infl();
		goto done;
	}
	if (!strncasecmp(p, "nan", 3)) {
		p += 3;
		if (*p == '(') {
			q = p + 1;
			while (isalnum((unsigned char)*q) || *q == '_')
				q++;
			if (*q == ')')
				p = q + 1;
		}
		/* The sign is dropped for NaN, as musl does. */
		if (end)
			*end = (char *)p;
		return __builtin_nanl("");
	}
	if (p[0] == '0' && (p[1] | 32) == 'x'
	    && (hexval((unsigned char)p[2]) >= 0 || (p[2] == '.' && hexval((unsigned char)p[3]) >= 0))) {
		y = scan_hex(p + 2, &p, fmt);
		goto done;
	}

	if ((q = scan_digits(p, &d)) == p) {
		errno = EINVAL;       /* as musl: no conversion is an error */
		if (end)
			*end = (char *)s;
		return 0;
	}
	p = q;
	if ((*p | 32) == 'e') {
		const char *x = p + 1;
		int eneg = 0;
		long e = 0;
		if (*x == '+' || *x == '-')
			eneg = *x++ == '-';
		if (isdigit((unsigned char)*x)) {
			for (; isdigit((unsigned char)*x); x++)
				if (e < 100000)
					e = e * 10 + (*x - '0');
			d.dexp += eneg ? -e : e;
			p = x;
		}
	}
	y = scan_decimal(&d, fmt);
done:
	if (end)
		*end = (char *)p;
	return neg ? -y : y;
}
