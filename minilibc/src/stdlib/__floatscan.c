/* __floatscan: decimal and hexadecimal text to the nearest double.
 *
 * Correct rounding needs exact arithmetic.  The decimal significand D and
 * exponent E give the value D * 10^E = U / V with big integers U and V
 * (V = 10^-E when E < 0, else 1).  Long division of U * 2^s by V, with s
 * chosen so the quotient q has 63 or 64 bits, yields value = q * 2^-s
 * plus a "sticky" bit telling whether anything was left over.  Rounding
 * q to 53 bits (fewer for subnormals) with ties-to-even is then exact.
 * Easy inputs - at most 15 digits and |E| <= 22 - take a fast path that
 * is exact in double arithmetic: one correctly rounded multiply/divide.
 * Up to 19 digits (what printf's "%.17g" writes), Eisel and Lemire's
 * method usually decides the result from one or two 64x64-bit products
 * with a 128-bit approximation of 5^E, and hands the rare case it cannot
 * decide (and subnormal or overflowing results) to the exact path.
 * Beyond 800 significant digits the rest only sets the sticky bit; that
 * is enough because a tie needs at most ~770 digits to be expressed. */
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <ctype.h>
#include <errno.h>
#include "strto.h"

#define MAX_DIGITS 800
#define LIMBS 160

typedef struct {
	uint32_t l[LIMBS];   /* little-endian base 2^32 */
	int n;
} Big;

static void big_set(Big *b, uint32_t v)
{
	b->l[0] = v;
	b->n = v ? 1 : 0;
}

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

static void big_mul_pow10(Big *b, int e)
{
	static const uint32_t p10[10] = { 1, 10, 100, 1000, 10000, 100000, 1000000,
		10000000, 100000000, 1000000000 };

	for (; e > 0; e -= 9)
		big_mul_add(b, p10[e < 9 ? e : 9], 0);
}

static int big_bits(const Big *b)
{
	return b->n ? b->n * 32 - __builtin_clz(b->l[b->n - 1]) : 0;
}

static void big_shl(Big *b, int k)
{
	int words = k / 32, bits = k % 32;

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

/* The double nearest to (q + something if sticky) * 2^e2, q != 0; *range
 * says whether it overflowed, underflowed to zero, or is an inexact
 * subnormal that rounding did not carry up into the next binade. */
static double assemble(uint64_t q, int e2, int sticky, int *range)
{
	int lz = __builtin_clzll(q);
	uint64_t mant, bits;
	int shift, e, inexact;

	*range = RANGE_OK;
	q <<= lz;
	e2 -= lz;
	e = 63 + e2;                  /* value in [2^e, 2^(e+1)) */
	if (e > 1023)
		goto overflow;
	shift = 11;                   /* 64 - 53 bits */
	if (e < -1022)
		shift += -1022 - e;
	if (shift > 64)
		goto underflow;
	if (shift == 64) {
		uint64_t half = 1ULL << 63;
		mant = q > half || (q == half && sticky);
		inexact = 1;
	} else {
		uint64_t rem = q & ((1ULL << shift) - 1), half = 1ULL << (shift - 1);
		mant = q >> shift;
		inexact = rem || sticky;
		if (rem > half || (rem == half && (sticky || (mant & 1))))
			mant++;
	}
	if (!mant)
		goto underflow;
	if (e < -1022) {
		/* subnormal; 2^52 carries into the exponent */
		if (inexact && mant != 1ULL << (64 - shift))
			*range = RANGE_SUBNORMAL_INEXACT;
		bits = mant;
	} else {
		if (mant >> 53) {         /* rounding carried to a new bit */
			mant >>= 1;
			e++;
			if (e > 1023)
				goto overflow;
		}
		bits = (uint64_t)(e + 1023) << 52 | (mant & ((1ULL << 52) - 1));
	}
	double d;
	memcpy(&d, &bits, 8);
	return d;
overflow:
	*range = RANGE_OVERFLOW;
	return __builtin_inf();
underflow:
	*range = RANGE_ZERO;
	return 0;
}

/* errno as musl sets it.  Decimal input: ERANGE on overflow, on
 * underflow to zero, and for an inexact subnormal (musl clears it when
 * rounding carried the significand up a binade, as for 2.5e-324).
 * Hexadecimal input: ERANGE for zero, and for overflow only when musl's
 * early test sees it (p + 4 * (hex digits before the point) > 1106); an
 * inf reached by rounding or a smaller exponent sets nothing. */
static void range_errno(int range, int hex, int hex_big)
{
	if (range == RANGE_ZERO || (range == RANGE_OVERFLOW && (!hex || hex_big))
	    || (range == RANGE_SUBNORMAL_INEXACT && !hex))
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

static double scan_hex(const char *p, const char **end)
{
	uint64_t q = 0;
	int e2 = 0, sticky = 0, any = 0, seen_point = 0, range;
	long rp = 0, pexp = 0;    /* musl's: significant digits before the point */

	for (;; p++) {
		int v;
		if (*p == '.' && !seen_point) {
			seen_point = 1;
			continue;
		}
		if ((v = hexval((unsigned char)*p)) < 0)
			break;
		any = 1;
		if (!seen_point && (v || q))
			rp++;
		else if (seen_point && !v && !q && rp <= 0)
			rp--;
		if (q >> 60) {            /* full: later digits only scale or stick */
			sticky |= v != 0;
			if (!seen_point)
				e2 += 4;
		} else {
			q = q << 4 | v;
			if (seen_point)
				e2 -= 4;
		}
	}
	(void)any;
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
			e2 += neg ? -exp : exp;
			pexp = neg ? -exp : exp;
			p = x;
		}
	}
	*end = p;
	if (!q)
		return 0;
	double y = assemble(q, e2, sticky, &range);
	range_errno(range, 1, pexp + 4 * rp > 1106);
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

static double scan_decimal_big(const char *dig, int nd, int dexp, int sticky)
{
	static Big u, v, w;   /* big and single-threaded: keep them off the stack */
	uint64_t q = 0;

	big_set(&u, 0);
	for (int i = 0; i < nd; ) {
		uint32_t chunk = 0, scale = 1;
		for (int k = 0; k < 9 && i < nd; k++, i++) {
			chunk = chunk * 10 + (dig[i] - '0');
			scale *= 10;
		}
		if (!u.n)
			big_set(&u, chunk);
		else
			big_mul_add(&u, scale, chunk);
	}
	big_set(&v, 1);
	if (dexp >= 0)
		big_mul_pow10(&u, dexp);
	else
		big_mul_pow10(&v, -dexp);
	int s = 63 - (big_bits(&u) - big_bits(&v));
	if (s > 0)
		big_shl(&u, s);
	else if (s < 0)
		big_shl(&v, -s);
	/* q = u / v by shift-and-subtract, 64 quotient bits at most. */
	w = v;
	big_shl(&w, 63);
	for (int i = 63; i >= 0; i--) {
		if (big_cmp(&u, &w) >= 0) {
			big_sub(&u, &w);
			q |= 1ULL << i;
		}
		big_shr1(&w);
	}
	int range;
	double y = assemble(q, -s, sticky || u.n, &range);
	range_errno(range, 0, 0);
	return y;
}

hidden double __floatscan(const char *s, char **end)
{
	const char *p = s;
	char dig[MAX_DIGITS];
	int nd = 0, dexp = 0, sticky = 0, any = 0, neg = 0;
	double y;

	while (isspace((unsigned char)*p))
		p++;
	if (*p == '+' || *p == '-')
		neg = *p++ == '-';

	if (!strncasecmp(p, "inf", 3)) {
		p += 3;
		if (!strncasecmp(p, "inity", 5))
			p += 5;
		y = __builtin_inf();
		goto done;
	}
	if (!strncasecmp(p, "nan", 3)) {
		p += 3;
		if (*p == '(') {
			const char *q = p + 1;
			while (isalnum((unsigned char)*q) || *q == '_')
				q++;
			if (*q == ')')
				p = q + 1;
		}
		/* The sign is dropped for NaN, as musl does. */
		if (end)
			*end = (char *)p;
		return __builtin_nan("");
	}
	if (p[0] == '0' && (p[1] | 32) == 'x'
	    && (hexval((unsigned char)p[2]) >= 0 || (p[2] == '.' && hexval((unsigned char)p[3]) >= 0))) {
		y = scan_hex(p + 2, &p);
		goto done;
	}

	/* Significant digits into dig[], the decimal point into dexp. */
	for (int seen_point = 0;; p++) {
		if (*p == '.' && !seen_point) {
			seen_point = 1;
			continue;
		}
		if (!isdigit((unsigned char)*p))
			break;
		any = 1;
		if (nd == 0 && *p == '0') {
			if (seen_point)
				dexp--;
			continue;
		}
		if (nd < MAX_DIGITS) {
			dig[nd++] = *p;
			if (seen_point)
				dexp--;
		} else {
			sticky |= *p != '0';
			if (!seen_point)
				dexp++;
		}
	}
	if (!any) {
		errno = EINVAL;       /* as musl: no conversion is an error */
		if (end)
			*end = (char *)s;
		return 0;
	}
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
			dexp += eneg ? -e : e;
			p = x;
		}
	}
	while (nd > 0 && dig[nd - 1] == '0') {
		nd--;
		dexp++;
	}
	if (nd == 0) {
		y = 0;
	} else if (nd + dexp > 310) {
		errno = ERANGE;
		y = __builtin_inf();
	} else if (nd + dexp < -324) {
		errno = ERANGE;
		y = 0;
	} else if (nd <= 15 && dexp >= -22 && dexp <= 22 && !sticky) {
		static const double p10[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8,
			1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
			1e20, 1e21, 1e22 };
		long long m = 0;
		for (int i = 0; i < nd; i++)
			m = m * 10 + (dig[i] - '0');
		y = dexp >= 0 ? (double)m * p10[dexp] : (double)m / p10[-dexp];
	} else {
		uint64_t w = 0;
		for (int i = 0; i < nd && nd <= 19; i++)
			w = w * 10 + (uint64_t)(dig[i] - '0');
		if (nd > 19 || sticky || !eisel_lemire(w, dexp, &y))
			y = scan_decimal_big(dig, nd, dexp, sticky);
	}
done:
	if (end)
		*end = (char *)p;
	return neg ? -y : y;
}
