/* The printf engine: parses a format and writes to a FILE.  Every other
 * printf-family function is a wrapper that sets up a FILE (a real
 * stream, a string, a descriptor) and calls __vfprintf_core.
 *
 * Floating point is converted exactly.  A finite double is m * 2^e with
 * an integer m; when e < 0 that equals (m * 5^-e) / 10^-e, so the exact
 * decimal digits are those of the integer m * 2^e or m * 5^-e, computed
 * with base-10^9 big-integer multiplication (at most ~770 digits for the
 * smallest subnormal).  Rounding to the requested precision then
 * happens on the decimal digits, with ties to even, so %f %e %g print
 * exactly what musl and glibc print.  %a works on the binary mantissa.
 * long double (x87 80-bit) goes the same way with a 64-bit m and more
 * scratch: up to 11495 digits for its smallest subnormal.
 *
 * Numbers are laid out as: padding, sign/prefix, zero padding, body,
 * padding - with widths computed before anything is written.
 *
 * The wide printf (vfwprintf.c) runs this same engine on its format
 * turned into bytes (__wfmt_narrow), with Out.wide set: then the count
 * is of wide characters, literal text goes out through fputwc, and %c
 * %s %lc %ls take musl's wide meanings (wide_char, wide_string).
 * Numbers, padding and everything else are ASCII, the same either way. */
#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <string.h>
#include <errno.h>
#include <limits.h>
#include <wchar.h>
#include "stdio_impl.h"

#define F_LEFT  1   /* '-' */
#define F_PLUS  2   /* '+' */
#define F_SPACE 4   /* ' ' */
#define F_ALT   8   /* '#' */
#define F_ZERO  16  /* '0' */


/* ---- Output primitives --------------------------------------------- */

/* Where output goes, and how many bytes have gone there (for %n and
 * the return value). */
typedef struct {
	FILE *file;
	long count;
	/* The wide printf only (see out_wide): its functions, the stream,
	 * and where bytes go once the stream has an error. */
	const struct __wide_out *wide;
	FILE *stream, *sink;
} Out;

static void out(Out *o, const char *s, size_t n)
{
	FILE *f = o->file;

	o->count += n;
	if (n <= (size_t)(f->wend - f->wpos)) {
		memcpy(f->wpos, s, n);
		f->wpos += n;
		/* A line-buffered stream must see its newlines. */
		if (f->mode == _IOLBF && memchr(s, '\n', n))
			__fflush_one(f);
		return;
	}
	__fwritex((const unsigned char *)s, n, f);
}

static void pad(Out *f, char c, long n)
{
	char buf[64];

	if (n <= 0)
		return;
	memset(buf, c, n < 64 ? n : 64);
	for (; n >= 64; n -= 64)
		out(f, buf, 64);
	out(f, buf, n);
}

/* ---- Integers -------------------------------------------------------- */

/* Digits of x in base 8/10/16 written backwards from end; returns start. */
static char *fmt_u(uintmax_t x, int base, int upper, char *end)
{
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";

	if (base == 10) {
		for (; x >= 10; x /= 10)
			*--end = '0' + x % 10;
		if (x)
			*--end = '0' + x;
		return end;
	}
	int shift = base == 16 ? 4 : 3;
	for (; x; x >>= shift)
		*--end = digits[x & (base - 1)];
	return end;
}

/* Emit prefix + body with width, precision (as minimum digit count) and
 * flags applied.  Used by integers and pointers. */
static void emit_number(Out *f, const char *prefix, const char *body, int len,
                        int width, int prec, int flags)
{
	int plen = strlen(prefix);
	int zeros = prec > len ? prec - len : 0;
	int total = plen + zeros + len;

	if (!(flags & F_LEFT) && !(flags & F_ZERO))
		pad(f, ' ', width - total);
	out(f, prefix, plen);
	if (!(flags & F_LEFT) && (flags & F_ZERO))
		pad(f, '0', width - total);
	pad(f, '0', zeros);
	out(f, body, len);
	if (flags & F_LEFT)
		pad(f, ' ', width - total);
}

/* ---- Floating values taken apart ---------------------------------------- */

/* A double or an x87 long double as sign, class and m * 2^e2 with an
 * integer m.  Both then go through the same exact conversions. */
typedef struct {
	uint64_t m;
	int e2;
	int neg;
	enum { FINITE, INF, NAN_ } kind;
} Float;

static Float split_double(double y)
{
	uint64_t bits;
	Float v;

	memcpy(&bits, &y, 8);
	int e = (int)(bits >> 52 & 0x7ff);
	v.neg = bits >> 63;
	v.m = bits & ((1ULL << 52) - 1);
	v.kind = e < 0x7ff ? FINITE : v.m ? NAN_ : INF;
	if (e)
		v.m |= 1ULL << 52;       /* implicit leading bit */
	else
		e = 1;                   /* subnormal */
	v.e2 = e - 1075;
	return v;
}

/* The x87 80-bit format: 64-bit significand with an explicit integer
 * bit, 15-bit exponent biased by 16383, sign.  Encodings the FPU treats
 * as invalid (integer bit clear with a nonzero exponent) are NaNs, as
 * musl's fpclassify says. */
static Float split_long_double(long double y)
{
	union { long double f; struct { uint64_t m; uint16_t se; } i; } u = { y };
	Float v;
	int e = u.i.se & 0x7fff;

	v.neg = u.i.se >> 15;
	v.m = u.i.m;
	if (e == 0x7fff)
		v.kind = v.m == 1ULL << 63 ? INF : NAN_;
	else
		v.kind = e && !(v.m >> 63) ? NAN_ : FINITE;
	v.e2 = (e ? e : 1) - 16383 - 63;
	return v;
}

/* ---- Exact decimal expansion -------------------------------------------- */

/* Digits live in a buffer the caller sizes for the type: 800 for a
 * double (the smallest subnormal has 767 significant digits), 11610 for
 * a long double (its smallest subnormal, 2^-16445, has 11495). */
typedef struct {
	char *d;       /* significant digits, no trailing zeros */
	int nd;        /* number of digits */
	int e;         /* value = 0.d[0]d[1]... * 10^e */
} Decimal;

#define DOUBLE_LIMBS 96
#define LDOUBLE_LIMBS 1290  /* 9 * 1290 digits >= 64 bits times 5^16445 */

static void mul_small(uint32_t *limb, int *n, uint32_t k)
{
	uint64_t carry = 0;

	for (int i = 0; i < *n; i++) {
		uint64_t t = (uint64_t)limb[i] * k + carry;
		limb[i] = t % 1000000000;
		carry = t / 1000000000;
	}
	while (carry) {
		limb[(*n)++] = carry % 1000000000;
		carry /= 1000000000;
	}
}

static void strip_zeros(Decimal *x)
{
	while (x->nd > 1 && x->d[x->nd - 1] == '0')
		x->nd--;
}

/* x = m * 2^e2 exactly, using limb[] (base 10^9, least significant
 * first) as scratch; x->d must hold 9 digits per limb used.  Inlined,
 * like fmt_float, into the double and the long double entry points:
 * as an out-of-line call the double path ran ~5% slower (printf_float). */
static inline __attribute__((__always_inline__)) void decimal_from_binary(Decimal *x, uint64_t m, int e2, uint32_t *limb)
{
	int n = 0;

	if (m == 0) {
		x->d[0] = '0';
		x->nd = 1;
		x->e = 1;
		return;
	}
	int tz = __builtin_ctzll(m);
	m >>= tz;                /* fewer bits, fewer digits */
	e2 += tz;

	do {
		limb[n++] = m % 1000000000;
		m /= 1000000000;
	} while (m);
	for (int k = e2; k > 0; k -= 29)
		mul_small(limb, &n, 1U << (k < 29 ? k : 29));
	for (int k = -e2; k > 0; k -= 13) {
		static const uint32_t pow5[14] = { 1, 5, 25, 125, 625, 3125, 15625, 78125,
			390625, 1953125, 9765625, 48828125, 244140625, 1220703125 };
		mul_small(limb, &n, pow5[k < 13 ? k : 13]);
	}

	/* Most significant limb without leading zeros, the rest 9 digits. */
	char tmp[10], *p = tmp + 10, *end = tmp + 10;
	uint32_t top = limb[n - 1];
	do *--p = '0' + top % 10; while (top /= 10);
	x->nd = end - p;
	memcpy(x->d, p, x->nd);
	for (int i = n - 2; i >= 0; i--) {
		uint32_t v = limb[i];
		for (int j = 8; j >= 0; j--, v /= 10)
			x->d[x->nd + j] = '0' + v % 10;
		x->nd += 9;
	}
	x->e = x->nd + (e2 < 0 ? e2 : 0);
	strip_zeros(x);
}
#include "__pow10l.h"

/* 10^j, j in [-308, 363], as 10^(28a) (nearest long double) times 10^b
 * (exact: 5^27 < 2^64): within 2^-63 of the true value, from a table
 * small enough that every program using printf can carry it. */
static long double pow10l(int j)
{
	static const long double small[28] = { 1e0L, 1e1L, 1e2L, 1e3L, 1e4L, 1e5L, 1e6L,
		1e7L, 1e8L, 1e9L, 1e10L, 1e11L, 1e12L, 1e13L, 1e14L, 1e15L, 1e16L, 1e17L, 1e18L,
		1e19L, 1e20L, 1e21L, 1e22L, 1e23L, 1e24L, 1e25L, 1e26L, 1e27L };
	int a = (j + 308) / 28 - 11, b = j - 28 * a;   /* 0 <= b < 28 */
	return pow10l_28[a + 11] * small[b];
}

/* The first P (<= 17) significant digits of m * 2^e2 (a double),
 * correctly rounded, when x87 arithmetic can tell: v * 10^(P-1-k) in
 * long double is within 0.03 of the true scaled value (a relative error
 * under 2^-62.5 from the power and the product, at most 2^57), so unless
 * its fraction is within 0.05 of one half the rounding is decided.  0
 * when it is that close (ties among them): then the exact expansion
 * decides.  Faster than the exact expansion by the size of the number. */
static int decimal_approx(Decimal *x, uint64_t m, int e2, int P)
{
	static const uint64_t p10[18] = { 1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL,
		1000000ULL, 10000000ULL, 100000000ULL, 1000000000ULL, 10000000000ULL,
		100000000000ULL, 1000000000000ULL, 10000000000000ULL, 100000000000000ULL,
		1000000000000000ULL, 10000000000000000ULL, 100000000000000000ULL };
	if (!m || P < 1 || P > 17)
		return 0;
	long double v = __builtin_ldexpl((long double)m, e2);   /* exact */
	int b = 63 - __builtin_clzll(m) + e2;                  /* v in [2^b, 2^(b+1)) */
	int k = (b * 78913) >> 18;                             /* ~floor(b log10 2) */
	long double sv = 0;
	for (int tries = 0; tries < 3; tries++) {
		int j = P - 1 - k;
		if (j < -308 || j > 363)
			return 0;
		sv = v * pow10l(j);
		if (sv < (long double)p10[P - 1])
			k--;
		else if (sv >= (long double)p10[P])
			k++;
		else
			break;
	}
	if (sv < (long double)p10[P - 1] || sv >= (long double)p10[P])
		return 0;
	uint64_t n = (uint64_t)sv;
	long double frac = sv - (long double)n;
	if (frac > 0.45L && frac < 0.55L)
		return 0;
	if (frac >= 0.55L && ++n == p10[P]) {   /* 999.. rounded up to 1000.. */
		n = p10[P - 1];
		k++;
	}
	for (int i = P - 1; i >= 0; i--, n /= 10)
		x->d[i] = (char)('0' + n % 10);
	x->nd = P;
	x->e = k + 1;
	strip_zeros(x);
	return 1;
}

/* Round to nkeep significant digits, ties to even.  nkeep may be <= 0
 * (for %f of small numbers): everything rounds away to 0 or up to 1. */
static void decimal_round(Decimal *x, int nkeep)
{
	int up;

	if (nkeep >= x->nd)
		return;
	if (nkeep < 0) {
		up = 0;
	} else {
		char c = x->d[nkeep];
		if (c != '5')
			up = c > '5';
		else if (x->nd > nkeep + 1)
			up = 1;                  /* more nonzero digits: above half */
		else
			up = nkeep > 0 && ((x->d[nkeep - 1] - '0') & 1);
	}
	if (!up) {
		x->nd = nkeep;
		if (x->nd <= 0) {
			x->d[0] = '0';
			x->nd = 1;
			x->e = 1;
		}
		strip_zeros(x);
		return;
	}
	int i = nkeep - 1;
	while (i >= 0 && x->d[i] == '9')
		i--;
	if (i < 0) {                     /* 999.. rounds to 1000.. */
		x->d[0] = '1';
		x->nd = 1;
		x->e++;
		return;
	}
	x->d[i]++;
	x->nd = i + 1;
}


/* ---- Floating point --------------------------------------------------- */

/* e, sign, then at least mindig digits (2 for %e, 1 for %a). */
static int fmt_exponent(char *buf, int x, char e, int mindig)
{
	char tmp[8], *p = tmp + 8;
	int n = 0;

	buf[n++] = e;
	buf[n++] = x < 0 ? '-' : '+';
	unsigned u = x < 0 ? -x : x;
	do *--p = '0' + u % 10; while (u /= 10);
	if (tmp + 8 - p < mindig)
		*--p = '0';
	memcpy(buf + n, p, tmp + 8 - p);
	return n + (tmp + 8 - p);
}

/* Emit the digits of x in fixed notation with prec fraction digits. */
static void emit_fixed(Out *f, const Decimal *x, int prec, int alt)
{
	if (x->e <= 0) {
		out(f, "0", 1);
	} else {
		int k = x->e < x->nd ? x->e : x->nd;
		out(f, x->d, k);
		pad(f, '0', x->e - k);
	}
	if (prec > 0 || alt)
		out(f, ".", 1);
	if (prec <= 0)
		return;
	int lead = x->e < 0 ? -x->e : 0;      /* zeros right after the point */
	if (lead > prec)
		lead = prec;
	pad(f, '0', lead);
	int start = x->e > 0 ? x->e : 0;
	int avail = x->nd - start;
	int k = avail < prec - lead ? avail : prec - lead;
	if (k > 0)
		out(f, x->d + start, k);
	else
		k = 0;
	pad(f, '0', prec - lead - k);
}

static int fixed_length(const Decimal *x, int prec, int alt)
{
	return (x->e > 0 ? x->e : 1) + (prec > 0 || alt) + (prec > 0 ? prec : 0);
}

/* %a: 1.hhhh...p+e with the value normalised to a leading 1, the way
 * musl prints both doubles and long doubles.  The significand, shifted
 * so its top bit is bit 63, leaves 63 bits after the point: 16 hex
 * digits, the last one with a zero low bit.  Precisions 0..14 round
 * (ties to even); from 15 on every digit is printed, so %.15La can show
 * 16 digits, as in musl. */
static void fmt_hex_float(Out *f, Float v, int width, int prec, int flags, int upper,
                          const char *sign)
{
	uint64_t frac = 0;
	int lead = 0, e2 = 0, ndig = 16;
	char body[40], expbuf[16];
	int blen = 0, elen;

	if (v.m) {
		int sh = __builtin_clzll(v.m);
		lead = 1;
		frac = v.m << sh << 1;
		e2 = v.e2 + 63 - sh;
	}
	if (prec >= 0 && prec < 15) {
		int shift = (16 - prec) * 4;             /* 4..64 */
		uint64_t kept = shift < 64 ? frac >> shift : 0;
		uint64_t drop = shift < 64 ? frac & ((1ULL << shift) - 1) : frac;
		uint64_t half = 1ULL << (shift - 1);
		int odd = prec ? kept & 1 : lead & 1;
		if (drop > half || (drop == half && odd)) {
			if (prec == 0 || ++kept >> (prec * 4)) {   /* carry into the 1 */
				lead++;
				kept = 0;
			}
		}
		frac = kept;
		ndig = prec;
	} else {
		while (ndig > 0 && !(frac & 15)) {
			frac >>= 4;
			ndig--;
		}
	}
	const char *hex = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	body[blen++] = hex[lead];
	if (ndig > 0 || prec > 0 || (flags & F_ALT))
		body[blen++] = '.';
	for (int i = ndig - 1; i >= 0; i--)
		body[blen++] = hex[(frac >> (i * 4)) & 15];
	int zeros = prec > ndig ? prec - ndig : 0;
	elen = fmt_exponent(expbuf, e2, upper ? 'P' : 'p', 1);

	char prefix[4];
	int plen = strlen(sign);
	memcpy(prefix, sign, plen);
	prefix[plen++] = '0';
	prefix[plen++] = upper ? 'X' : 'x';
	int total = plen + blen + zeros + elen;
	if (!(flags & (F_LEFT | F_ZERO)))
		pad(f, ' ', width - total);
	out(f, prefix, plen);
	if ((flags & F_ZERO) && !(flags & F_LEFT))
		pad(f, '0', width - total);
	out(f, body, blen);
	pad(f, '0', zeros);
	out(f, expbuf, elen);
	if (flags & F_LEFT)
		pad(f, ' ', width - total);
}

/* %e %f %g %a of v; x->d and limb are scratch sized for v's type. */
static inline __attribute__((__always_inline__)) void fmt_float(Out *f, Float v, int width, int prec, int flags, int conv,
                      Decimal *x, uint32_t *limb, int is_double)
{
	int upper = conv >= 'A' && conv <= 'Z';
	int lc = conv | 32;
	const char *sign = v.neg ? "-" : flags & F_PLUS ? "+" : flags & F_SPACE ? " " : "";
	int slen = strlen(sign);

	if (v.kind != FINITE) {          /* NaN or infinity: no zero padding */
		const char *s = v.kind == NAN_ ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
		if (!(flags & F_LEFT))
			pad(f, ' ', width - 3 - slen);
		out(f, sign, slen);
		out(f, s, 3);
		if (flags & F_LEFT)
			pad(f, ' ', width - 3 - slen);
		return;
	}
	if (lc == 'a') {
		fmt_hex_float(f, v, width, prec, flags, upper, sign);
		return;
	}
	if (prec < 0)
		prec = 6;

	/* %e and %g need a known number of significant digits: for a
	 * double, usually found without the whole exact expansion. */
	int digits = lc == 'e' ? prec + 1 : lc == 'g' ? (prec ? prec : 1) : 0;
	if (!is_double || !digits || !decimal_approx(x, v.m, v.e2, digits))
		decimal_from_binary(x, v.m, v.e2, limb);
	int use_exp = lc == 'e';
	int alt = flags & F_ALT;
	if (lc == 'g') {
		/* %g: P significant digits; exponent style if X < -4 or X >= P. */
		int p = prec ? prec : 1;
		decimal_round(x, p);
		int X = x->e - 1;
		if (x->d[0] == '0' && x->nd == 1)
			X = 0;
		if (p > X && X >= -4) {
			prec = p - 1 - X;
		} else {
			use_exp = 1;
			prec = p - 1;
		}
		if (!alt) {              /* drop trailing zeros */
			int have = use_exp ? x->nd - 1 : x->nd - x->e;
			if (x->d[0] == '0' && x->nd == 1)
				have = 0;
			if (have < 0)
				have = 0;
			if (prec > have)
				prec = have;
		}
	} else if (use_exp) {
		decimal_round(x, prec + 1);
	} else {
		decimal_round(x, x->e + prec);
	}

	char expbuf[16];
	int elen = 0, blen;
	if (use_exp) {
		int X = (x->d[0] == '0' && x->nd == 1) ? 0 : x->e - 1;
		elen = fmt_exponent(expbuf, X, upper ? 'E' : 'e', 2);
		blen = 1 + (prec > 0 || alt) + prec + elen;
	} else {
		blen = fixed_length(x, prec, alt);
	}
	int total = slen + blen;
	if (!(flags & (F_LEFT | F_ZERO)))
		pad(f, ' ', width - total);
	out(f, sign, slen);
	if ((flags & F_ZERO) && !(flags & F_LEFT))
		pad(f, '0', width - total);
	if (use_exp) {
		out(f, x->d, 1);
		if (prec > 0 || alt)
			out(f, ".", 1);
		int k = x->nd - 1 < prec ? x->nd - 1 : prec;
		out(f, x->d + 1, k);
		pad(f, '0', prec - k);
		out(f, expbuf, elen);
	} else {
		emit_fixed(f, x, prec, alt);
	}
	if (flags & F_LEFT)
		pad(f, ' ', width - total);
}

/* The two entry points differ only in how much scratch they need: a
 * long double's exact expansion is 15 times longer, so it gets its own
 * frame and the double path keeps its small one.  Neither is inlined
 * into __vfprintf_core, whose integer path ran ~5% slower (printf_int)
 * with the float code inside it. */
static __attribute__((__noinline__)) void fmt_double(Out *f, double y, int width, int prec,
                                                     int flags, int conv)
{
	char digits[9 * DOUBLE_LIMBS];
	uint32_t limb[DOUBLE_LIMBS];
	Decimal x = { digits, 0, 0 };

	fmt_float(f, split_double(y), width, prec, flags, conv, &x, limb, 1);
}

static __attribute__((__noinline__)) void fmt_long_double(Out *f, long double y, int width,
                                                          int prec, int flags, int conv)
{
	char digits[9 * LDOUBLE_LIMBS];
	uint32_t limb[LDOUBLE_LIMBS];
	Decimal x = { digits, 0, 0 };

	fmt_float(f, split_long_double(y), width, prec, flags, conv, &x, limb, 0);
}

/* ---- Strings ------------------------------------------------------------ */

static void emit_string(Out *f, const char *s, size_t len, int width, int flags)
{
	if (!(flags & F_LEFT))
		pad(f, ' ', width - (long)len);
	out(f, s, len);
	if (flags & F_LEFT)
		pad(f, ' ', width - (long)len);
}

/* %ls and %lc, as musl: each character is converted with wcrtomb in the
 * LC_CTYPE locale (in the C locale only ASCII and the code units
 * 0xdf80-0xdfff have bytes; anything else is EILSEQ), the precision
 * counts bytes and a character it would split is left out whole, and
 * width pads the bytes.  The string is measured first, so a character
 * that cannot be converted fails the call before any of it is written.
 * A null wide character ends the string: %lc of 0 writes nothing.  With
 * the '0' flag musl writes no padding but still counts it; so do we. */
static int emit_wide(Out *f, const wchar_t *ws, long maxlen, int width, int flags)
{
	char mb[MB_LEN_MAX];
	size_t n = 0, l = 0, lim = maxlen < 0 ? (size_t)-1 : (size_t)maxlen;
	const wchar_t *p;

	for (p = ws; n < lim && *p && (l = wcrtomb(mb, *p++, 0)) != (size_t)-1 && l <= lim - n; n += l)
		;
	if (l == (size_t)-1)
		return -1;
	if (flags & F_ZERO) {
		f->count += width > (long)n ? width - (long)n : 0;
		width = 0;
	}
	if (!(flags & F_LEFT))
		pad(f, ' ', width - (long)n);
	for (size_t i = 0; i < n; i += l)
		out(f, mb, l = wcrtomb(mb, *ws++, 0));
	if (flags & F_LEFT)
		pad(f, ' ', width - (long)n);
	return 0;
}

/* ---- The wide printf's own conversions --------------------------------- */

/* The wide printf follows musl's, which writes through fputwc and
 * through fprintf on the same stream.  Once the stream has an error
 * (a character its locale cannot write), fprintf writes nothing more:
 * so from then on bytes (padding, numbers, ASCII text) go to a sink
 * stream that drops them, though they are still counted, and a number
 * counts as -1 (fprintf's result).  fputwc carries on regardless for %c,
 * %lc and %s; literal text and %ls stop. */
static void out_wide(Out *f, wchar_t wc)
{
	f->wide->putwc(wc, f->stream);
	if (f->stream->flags & F_ERR)
		f->file = f->sink;
}

static size_t discard(FILE *f, const unsigned char *s, size_t n)
{
	(void)f, (void)s;
	return n;
}

/* Literal text; in the wide printf non-ASCII characters arrive as
 * __wfmt_narrow's escapes and go out through fputwc. */
static void out_text(Out *f, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n;

	if (!f->wide)
		return out(f, s, n);
	while (p < end) {
		const unsigned char *run = p;
		while (p < end && *p != WFMT_ESC)
			p++;
		if (p > run)
			out(f, (const char *)run, p - run);
		if (p < end) {
			wchar_t wc = __wfmt_char(&p);
			f->count++;
			if (!(f->stream->flags & F_ERR))
				out_wide(f, wc);
		}
	}
}

/* %c and %lc in the wide printf, as musl: %c is btowc of the byte,
 * padded to the width; %lc ignores the width. */
static void wide_char(Out *f, int c, int is_long, int width, int flags)
{
	if (is_long) {
		out_wide(f, c);
		f->count++;
		return;
	}
	if (!(flags & F_LEFT))
		pad(f, ' ', width - 1);
	out_wide(f, f->wide->btowc(c));
	f->count++;
	if (flags & F_LEFT)
		pad(f, ' ', width - 1);
}

/* %ls (a wide string) and %s (multibyte, decoded with mbtowc in the
 * current locale) in the wide printf: precision and width count wide
 * characters.  A string mbtowc cannot decode fails the call. */
static int wide_string(Out *f, const void *str, int is_long, int prec, int width, int flags)
{
	size_t lim = prec < 0 ? INT_MAX : (size_t)prec, n = 0;
	const char *s = str ? str : "(null)";
	const wchar_t *ws = str ? str : L"(null)";   /* musl's crashes */
	wchar_t wc;
	int l = 0;

	if (is_long)
		for (; n < lim && ws[n]; n++)
			;
	else
		for (; n < lim && (l = f->wide->mbtowc(&wc, s, MB_LEN_MAX)) > 0; s += l)
			n++;
	if (l < 0)
		return -1;
	if (!(flags & F_LEFT))
		pad(f, ' ', width - (long)n);
	s = str ? str : "(null)";
	for (size_t i = 0; i < n; i++, f->count++) {
		if (!is_long) {
			s += f->wide->mbtowc(&wc, s, MB_LEN_MAX);
			out_wide(f, wc);
		} else if (!(f->stream->flags & F_ERR)) {
			out_wide(f, ws[i]);
		}
	}
	if (flags & F_LEFT)
		pad(f, ' ', width - (long)n);
	return 0;
}

/* ---- The format loop ------------------------------------------------------ */

static int read_int(const char **s)
{
	int n = 0;

	for (; **s >= '0' && **s <= '9'; (*s)++)
		n = n > (INT_MAX - 9) / 10 ? INT_MAX : n * 10 + (**s - '0');
	return n;
}

/* Positional arguments ("%2$d", "%*1$d"), as POSIX has them: musl's
 * limit of 9, a format that mixes numbered and unnumbered conversions or
 * leaves a number out is EINVAL.  Before formatting, one pass reads the
 * whole format for each argument's type and takes them all from the
 * va_list in order; then each conversion reads its numbered one. */
#define NL_ARGMAX 9
typedef union { uintmax_t i; double d; long double ld; void *p; } Arg;
enum { A_NONE, A_INT, A_WORD, A_DBL, A_LDBL };  /* how va_arg must take it */

/* "N$" at *s (N a digit 1-9): N, past it; 0 when not there. */
static int arg_number(const char **s)
{
	if ((*s)[0] >= '1' && (*s)[0] <= '9' && (*s)[1] == '$')
		return *s += 2, (*s)[-2] - '0';
	return 0;
}

static int set_type(unsigned char *type, int n, int t)
{
	if (!n)
		return -1;
	type[n] = (unsigned char)t;
	return 0;
}

/* One conversion after its '%' (and "N$"): the types of its arguments. */
static int scan_conversion(const char **s, int n, unsigned char *type)
{
	while (strchr("-+ #0", **s) && **s)
		++*s;
	for (int star = 0; star < 2; star++) {   /* width, then precision */
		if (star && **s == '.')
			++*s;
		else if (star)
			break;
		if (**s == '*') {
			++*s;
			if (set_type(type, arg_number(s), A_INT))
				return -1;
		}
		while (**s >= '0' && **s <= '9')
			++*s;
	}
	int len = **s == 'q' ? (++*s, LEN_LL) : __fmt_length(s);
	int conv = *(*s)++, t;
	if (strchr("diouxXcC", conv))
		t = len == LEN_NONE || len == LEN_HH || len == LEN_H || conv == 'c' || conv == 'C' ? A_INT : A_WORD;
	else if (strchr("sSpn", conv))
		t = A_WORD;
	else if (strchr("eEfFgGaA", conv))
		t = len == LEN_BIGL ? A_LDBL : A_DBL;
	else if (conv == 'm')
		return 0;
	else
		return -1;
	return set_type(type, n, t);
}

/* Reads every numbered argument of fmt into args[1..]; -1 (EINVAL) for
 * a format POSIX does not define. */
static int take_positional(const char *fmt, va_list *ap, Arg *args)
{
	unsigned char type[NL_ARGMAX + 1] = {0};
	for (const char *s = fmt; (s = strchr(s, '%'));) {
		if (*++s == '%') {
			s++;
			continue;
		}
		if (scan_conversion(&s, arg_number(&s), type) < 0)
			return -1;
	}
	int n = 1;
	for (; n <= NL_ARGMAX && type[n]; n++)
		switch (type[n]) {
		case A_INT: args[n].i = (uintmax_t)(intmax_t)va_arg(*ap, int); break;
		case A_WORD: args[n].i = va_arg(*ap, uintmax_t); break;
		case A_DBL: args[n].d = va_arg(*ap, double); break;
		default: args[n].ld = va_arg(*ap, long double); break;
		}
	for (; n <= NL_ARGMAX; n++)   /* a number left out before a used one */
		if (type[n])
			return -1;
	return 0;
}

static uintmax_t get_unsigned(va_list *ap, const Arg *a, int len)
{
	if (a) {
		uintmax_t v = a->i;
		return len == LEN_HH ? (unsigned char)v : len == LEN_H ? (unsigned short)v
		       : len == LEN_NONE ? (unsigned)v : v;
	}
	switch (len) {
	case LEN_HH: return (unsigned char)va_arg(*ap, unsigned);
	case LEN_H: return (unsigned short)va_arg(*ap, unsigned);
	case LEN_L: return va_arg(*ap, unsigned long);
	case LEN_LL: return va_arg(*ap, unsigned long long);
	case LEN_J: return va_arg(*ap, uintmax_t);
	case LEN_Z: return va_arg(*ap, size_t);
	case LEN_T: return (uintmax_t)va_arg(*ap, ptrdiff_t);
	default: return va_arg(*ap, unsigned);
	}
}

static intmax_t get_signed(va_list *ap, const Arg *a, int len)
{
	if (a) {
		intmax_t v = (intmax_t)a->i;
		return len == LEN_HH ? (signed char)v : len == LEN_H ? (short)v
		       : len == LEN_NONE ? (int)v : v;
	}
	switch (len) {
	case LEN_HH: return (signed char)va_arg(*ap, int);
	case LEN_H: return (short)va_arg(*ap, int);
	case LEN_L: return va_arg(*ap, long);
	case LEN_LL: return va_arg(*ap, long long);
	case LEN_J: return va_arg(*ap, intmax_t);
	case LEN_Z: return (intmax_t)va_arg(*ap, size_t);
	case LEN_T: return va_arg(*ap, ptrdiff_t);
	default: return va_arg(*ap, int);
	}
}

/* The next argument of a type: in order, or the numbered one. */
#define ARG(type, field) (args ? (type)args[argn].field : va_arg(ap, type))

/* Cache-line aligned: with the same instruction count, the integer
 * benchmark (printf_int) moved by 5% with where this landed. */
static __attribute__((__aligned__(64), __noinline__)) int format(FILE *file, const char *fmt,
                                                                 va_list ap_in,
                                                                 const struct __wide_out *wide,
                                                                 FILE *sink)
{
	va_list ap;
	Out o = { file, 0, wide, file, sink }, *f = &o;
	Arg argv[NL_ARGMAX + 1], *args = 0;

	if (!file->wend && __towrite(file))
		return -1;
	va_copy(ap, ap_in);
	const char *first = strchr(fmt, '%');
	if (first && first[1] >= '1' && first[1] <= '9' && first[2] == '$') {
		if (take_positional(fmt, &ap, argv) < 0)
			goto inval;
		args = argv;
	}
	while (*fmt) {
		const char *lit = fmt;
		while (*fmt && *fmt != '%')
			fmt++;
		if (fmt > lit)
			out_text(f, lit, fmt - lit);
		if (!*fmt)
			break;
		fmt++;
		int argn = 0;
		if (args && *fmt != '%' && !(argn = arg_number(&fmt)))
			goto inval;

		int flags = 0, width = 0, prec = -1, len = LEN_NONE;
		for (;; fmt++) {
			if (*fmt == '-') flags |= F_LEFT;
			else if (*fmt == '+') flags |= F_PLUS;
			else if (*fmt == ' ') flags |= F_SPACE;
			else if (*fmt == '#') flags |= F_ALT;
			else if (*fmt == '0') flags |= F_ZERO;
			else if (*fmt == '\'') ;   /* grouping: none in the C locale, as musl */
			else break;
		}
		if (*fmt == '*') {
			fmt++;
			width = args ? (int)args[arg_number(&fmt)].i : va_arg(ap, int);
			if (width < 0) {
				flags |= F_LEFT;
				width = width == INT_MIN ? INT_MAX : -width;
			}
		} else {
			width = read_int(&fmt);
		}
		if (*fmt == '.') {
			fmt++;
			if (*fmt == '*') {
				fmt++;
				prec = args ? (int)args[arg_number(&fmt)].i : va_arg(ap, int);
				if (prec < 0)
					prec = -1;
			} else {
				prec = read_int(&fmt);
			}
		}
		if (*fmt == 'q') /* BSD's name for ll */
			len = LEN_LL, fmt++;
		else
			len = __fmt_length(&fmt);
		if (flags & F_LEFT)
			flags &= ~F_ZERO;

		char buf[72], *end = buf + sizeof buf, *p;
		long count0 = o.count;
		int conv = *fmt++;
		switch (conv) {
		case 'd': case 'i': {
			intmax_t v = get_signed(&ap, args ? &args[argn] : 0, len);
			uintmax_t u = v < 0 ? -(uintmax_t)v : (uintmax_t)v;
			const char *prefix = v < 0 ? "-" : flags & F_PLUS ? "+" : flags & F_SPACE ? " " : "";
			if (prec >= 0)
				flags &= ~F_ZERO;
			p = fmt_u(u, 10, 0, end);
			if (prec < 0 && p == end)
				*--p = '0';
			emit_number(f, prefix, p, end - p, width, prec, flags);
			break;
		}
		case 'u': case 'o': case 'x': case 'X': case 'p': {
			uintmax_t u;
			const char *prefix = "";
			int base = conv == 'u' ? 10 : conv == 'o' ? 8 : 16;
			if (conv == 'p' && wide) {
				/* musl 1.2.3's wide printf hands %p to fprintf as
				 * "%jp", which fprintf refuses: nothing is written,
				 * the count drops by one and errno is EINVAL. */
				(void)ARG(void *, p);
				errno = EINVAL;
				o.count--;
				break;
			}
			if (conv == 'p') {
				u = (uintptr_t)ARG(void *, p);
				flags |= F_ALT;
			} else {
				u = get_unsigned(&ap, args ? &args[argn] : 0, len);
			}
			if (prec >= 0)
				flags &= ~F_ZERO;
			p = fmt_u(u, base, conv == 'X', end);
			if (base == 16 && (flags & F_ALT) && u)
				prefix = conv == 'X' ? "0X" : "0x";
			if (base == 8 && (flags & F_ALT) && prec <= end - p)
				prec = end - p + 1;         /* '#' forces a leading 0 */
			if (prec < 0 && p == end)
				*--p = '0';
			emit_number(f, prefix, p, end - p, width, prec, flags);
			break;
		}
		case 'C':
			len = LEN_L;
			/* fall through */
		case 'c':
			if (wide) {
				wide_char(f, ARG(int, i), len == LEN_L, width, flags);
				break;
			}
			if (len == LEN_L) {
				wchar_t wc[2] = { (wchar_t)ARG(wint_t, i), 0 };
				if (emit_wide(f, wc, -1, width, flags) < 0)
					goto fail;
				break;
			}
			buf[0] = (char)ARG(int, i);
			emit_string(f, buf, 1, width, flags);
			break;
		case 'S':
			len = LEN_L;
			/* fall through */
		case 's':
			if (wide) {
				if (wide_string(f, ARG(const void *, p), len == LEN_L, prec, width, flags) < 0)
					goto fail;
				break;
			}
			if (len == LEN_L) {
				const wchar_t *ws = ARG(const wchar_t *, p);
				if (!ws)
					ws = L"(null)";
				if (emit_wide(f, ws, prec, width, flags) < 0)
					goto fail;
				break;
			} else {
				const char *s = ARG(const char *, p);
				if (!s)
					s = "(null)";
				size_t n = prec >= 0 ? strnlen(s, prec) : strlen(s);
				emit_string(f, s, n, width, flags);
			}
			break;
		case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'a': case 'A': {
			if (len == LEN_BIGL)
				fmt_long_double(f, ARG(long double, ld), width, prec, flags, conv);
			else
				fmt_double(f, ARG(double, d), width, prec, flags, conv);
			break;
		}
		case 'm': {   /* the GNU/musl extension: strerror(errno) */
			const char *s = strerror(errno);
			if (wide) {
				wide_string(f, s, 0, prec, width, flags);
				break;
			}
			size_t n = prec >= 0 ? strnlen(s, prec) : strlen(s);
			emit_string(f, s, n, width, flags);
			break;
		}
		case 'n':
			__store_int(ARG(void *, p), len, (unsigned long long)o.count);
			break;
		case '%':   /* only a bare "%%": musl refuses "%5%" */
			if (fmt[-2] != '%')
				goto inval;
			out(f, "%", 1);
			break;
		default:
			/* Unknown conversion: undefined behaviour; report EINVAL. */
			errno = EINVAL;
			goto fail;
		}
		if (wide && (file->flags & F_ERR) && strchr("diouxXpeEfFgGaA", conv))
			o.count = count0 - 1;
	}
	va_end(ap);
	if (file->flags & F_ERR)
		return -1;
	if (o.count > INT_MAX) {
		errno = EOVERFLOW;
		return -1;
	}
	return (int)o.count;
inval:
	errno = EINVAL;
fail:
	va_end(ap);
	return -1;
}

hidden int __vfprintf_core(FILE *file, const char *fmt, va_list ap)
{
	return format(file, fmt, ap, 0, 0);
}

hidden int __vfwprintf_core(FILE *file, const char *fmt, va_list ap, const struct __wide_out *wide)
{
	unsigned char buf[64];
	FILE sink = { 0 };

	sink.fd = -1;
	sink.flags = F_NORD;
	sink.mode = _IOFBF;
	sink.buf = sink.wbase = sink.wpos = buf;
	sink.buf_size = sizeof buf;
	sink.wend = buf + sizeof buf;
	sink.write = discard;
	return format(file, fmt, ap, wide, &sink);
}

/* vfprintf: format to a stream.  An unbuffered stream (stderr) gets a
 * temporary buffer for the duration of the call, so one printf is one
 * write system call rather than one per piece. */
static int unlocked_vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	unsigned char tmp[1024];
	unsigned char *saved_buf = f->buf;
	size_t saved_size = f->buf_size;
	int r;

	if (f->mode != _IONBF)
		return __vfprintf_core(f, fmt, ap);
	if (__towrite(f))
		return -1;
	f->buf = f->wbase = f->wpos = tmp;
	f->buf_size = sizeof tmp;
	f->wend = tmp + sizeof tmp;
	f->mode = _IOFBF;
	r = __vfprintf_core(f, fmt, ap);
	if (__fflush_one(f))
		r = -1;
	f->mode = _IONBF;
	f->buf = saved_buf;
	f->buf_size = saved_size;
	f->wbase = f->wpos = f->wend = 0;
	return r;
}

int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	FLOCK(f);
	int r = unlocked_vfprintf(f, fmt, ap);
	FUNLOCK(f);
	return r;
}
