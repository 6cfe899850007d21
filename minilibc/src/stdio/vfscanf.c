/* vfscanf: the scanf engine, reading from a FILE.  sscanf reads through
 * it too, from a string FILE (vsscanf.c), so there is one engine.
 *
 * Input is taken one byte at a time with getc, and at most the one byte
 * just read is pushed back (rpos--, always possible: the byte is still in
 * the buffer), as musl does: scanf("%d") on "12abc" leaves "abc" unread,
 * and "1e+x" for %f is a matching failure that has consumed "1e+".  The
 * numeric grammar is recognised here, byte by byte, following musl's
 * __intscan/__floatscan with pok=0; the accepted text, normalised into a
 * short token, is then converted by __strtox or __floatscan (correctly
 * rounded).  Supports every C99 conversion, '*', field widths, n$
 * positional arguments, the hh h l ll j z t L modifiers, and %lc %ls %l[
 * (multibyte input decoded as LC_CTYPE says).  No %m.
 *
 * The wide scanf (vfwscanf.c) runs this same engine on its format turned
 * into bytes (__wfmt_narrow) and the wide functions to call (struct
 * __wide_in), as musl's vfwscanf works:
 * white space, literal characters, %c %s %[ read wide characters
 * (fgetwc, pushed back with ungetwc), while numbers read the stream's
 * bytes as the byte scanf does. */
#include <stdio.h>
#include <stdarg.h>
#include <stdint.h>
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <wchar.h>
#include "strto.h"
#include "stdio_impl.h"

/* The reader for one directive: cnt bytes consumed so far, at most lim
 * (0: no limit); once a read has hit the limit or end of input, reads
 * keep failing and pushback does nothing. */
struct scan {
	FILE *f;
	long long lim, cnt;
	int at_end;
	const struct __wide_in *wide;   /* the wide scanf's functions, or null */
	int chars;       /* reading wide characters now, not bytes */
	int last;        /* the character just read, for pushing back */
};

static void s_limit(struct scan *s, long long lim)
{
	s->lim = lim;
	s->cnt = 0;
	s->at_end = 0;
}

static int s_get(struct scan *s)
{
	int c;

	if (s->at_end || (s->lim && s->cnt >= s->lim)) {
		s->at_end = 1;
		return EOF;
	}
	if (!s->chars)
		c = getc_unlocked(s->f);
	else if (s->f->rpos != s->f->rend && *s->f->rpos < 128)
		c = *s->f->rpos++;
	else
		c = (int)s->wide->getwc(s->f);   /* WEOF is EOF */
	if (c == EOF) {
		s->at_end = 1;
		return EOF;
	}
	s->cnt++;
	s->last = c;
	return c;
}

/* The byte just read is still at rpos[-1] (getc and __uflow leave it);
 * a wide character beyond ASCII goes back through ungetwc. */
static void s_unget(struct scan *s)
{
	if (!s->at_end) {
		if (s->chars && (s->last >= 128 || !s->f->rend))
			s->wide->ungetwc(s->last, s->f);
		else
			s->f->rpos--;
		s->cnt--;
	}
}

static int s_isspace(struct scan *s, int c)
{
	return s->chars ? s->wide->iswspace(c) : isspace(c);
}

/* Significant digits of a number being scanned, bounded: past cap they
 * only move the exponent (integer part) or set sticky. */
struct digits {
	int n, cap, sticky, point;
	long long shift;           /* digits after the point kept, minus integer digits dropped */
	char *d;                   /* cap bytes in the caller's token: the digits go in place */
};

static void dig_init(struct digits *g, char *d, int cap)
{
	g->n = g->sticky = g->point = 0;
	g->shift = 0;
	g->d = d;
	g->cap = cap;
}

static void dig_add(struct digits *g, int c)
{
	if (!g->n && c == '0') {
		g->shift += g->point;  /* 0.000x: the zeros only scale */
		return;
	}
	if (g->n < g->cap) {
		g->d[g->n++] = c;
		g->shift += g->point;
	} else {
		g->sticky |= c != '0';
		g->shift -= !g->point;
	}
}

/* Integer conversions: 0 (nothing stored) on a matching failure. */
static int scan_int(struct scan *s, int base, unsigned long long *v)
{
	struct digits g;
	char tok[104], *t = tok + 1;
	int c = s_get(s), neg = 0;

	dig_init(&g, t, 100);
	if (c == '+' || c == '-') {
		neg = c == '-';
		c = s_get(s);
	}
	if ((base == 0 || base == 16) && c == '0') {
		c = s_get(s);
		if ((c | 32) == 'x') {
			c = s_get(s);
			if (__digit_value(c) >= 16) {
				s_unget(s);
				return 0;
			}
			base = 16;
		} else if (base == 0) {
			base = 8;
		}
	} else {
		if (base == 0)
			base = 10;
		if (__digit_value(c) >= base) {
			s_unget(s);
			errno = EINVAL;
			return 0;
		}
	}
	for (; __digit_value(c) < base; c = s_get(s))
		dig_add(&g, c);
	s_unget(s);
	if (!g.n)
		g.d[g.n++] = '0';
	t[g.n] = 0;
	if (neg)
		*--t = '-';
	*v = __strtox(t, 0, base, -1ULL, 0);
	return 1;
}

/* An exponent after e or p: LLONG_MIN when no digits follow. */
static long long scan_exp(struct scan *s)
{
	int c = s_get(s), neg = 0;
	long long e = 0;

	if (c == '+' || c == '-') {
		neg = c == '-';
		c = s_get(s);
	}
	if ((unsigned)c - '0' >= 10) {
		s_unget(s);
		return LLONG_MIN;
	}
	for (; (unsigned)c - '0' < 10; c = s_get(s))
		if (e < 1000000)
			e = e * 10 + c - '0';
	s_unget(s);
	return neg ? -e : e;
}

/* The digits of a decimal (base 10) or hexadecimal significand, c its
 * first byte; then the exponent.  0 on a matching failure.  The token for
 * __floatscan is built in place: "-0x" before the digits, the exponent
 * after them. */
static int scan_significand(struct scan *s, int c, int hex, int gotdig, long double *y,
			    int neg, int prec)
{
	struct digits g;
	char tok[3 + FLOATSCAN_DIGITS + 21], *t = tok + 3;
	long long e = 0;
	int n, gotrad = 0;

	dig_init(&g, t, hex ? 40 : FLOATSCAN_DIGITS);
	for (;; c = s_get(s)) {
		if (c == '.') {
			if (gotrad)
				break;
			gotrad = g.point = 1;
		} else if (hex ? __digit_value(c) < 16 : (unsigned)c - '0' < 10) {
			gotdig = 1;
			dig_add(&g, c);
		} else {
			break;
		}
	}
	if (gotdig && (c | 32) == (hex ? 'p' : 'e')) {
		if ((e = scan_exp(s)) == LLONG_MIN)
			return 0;
	} else {
		s_unget(s);
		if (!gotdig) {
			if (!hex)
				errno = EINVAL;
			return 0;
		}
	}
	if (!g.n)
		g.d[g.n++] = '0';
	n = g.n;
	if (g.sticky)
		t[n++] = '1', g.shift++;
	e -= hex ? 4 * g.shift : g.shift;
	if (e > 999999)
		e = 999999;
	if (e < -999999)
		e = -999999;
	t[n++] = hex ? 'p' : 'e';
	if (e < 0)
		t[n++] = '-', e = -e;
	char num[8], *q = num + sizeof num;
	*--q = 0;
	do
		*--q = '0' + e % 10;
	while (e /= 10);
	while (*q)
		t[n++] = *q++;
	t[n] = 0;
	if (hex)
		*--t = 'x', *--t = '0';
	if (neg)
		*--t = '-';
	*y = __floatscan(t, 0, prec);
	return 1;
}

/* Floating conversions, as musl's __floatscan with pok=0, to double or
 * long double (prec as __floatscan's). */
static int scan_float(struct scan *s, long double *y, int prec)
{
	int c = s_get(s), neg = 0, i;

	if (c == '+' || c == '-') {
		neg = c == '-';
		c = s_get(s);
	}
	for (i = 0; i < 8 && (c | 32) == "infinity"[i]; i++)
		if (i < 7)
			c = s_get(s);
	if (i == 3 || i == 8) {
		if (i != 8)
			s_unget(s);
		*y = neg ? -__builtin_infl() : __builtin_infl();
		return 1;
	}
	if (!i)
		for (; i < 3 && (c | 32) == "nan"[i]; i++)
			if (i < 2)
				c = s_get(s);
	if (i == 3) {
		*y = __builtin_nanl("");
		if (s_get(s) != '(') {
			s_unget(s);
			return 1;
		}
		while (isalnum(c = s_get(s)) || c == '_')
			;
		if (c == ')')
			return 1;
		s_unget(s);
		errno = EINVAL;
		return 0;
	}
	if (i) {
		s_unget(s);
		errno = EINVAL;
		return 0;
	}
	if (c == '0') {
		c = s_get(s);
		if ((c | 32) == 'x')
			return scan_significand(s, s_get(s), 1, 0, y, neg, prec);
		return scan_significand(s, c, 0, 1, y, neg, prec);
	}
	return scan_significand(s, c, 0, 0, y, neg, prec);
}

/* A scanset after '[' (p at the '['): set[c + 1] for c in EOF..255.
 * Returns the closing ']', or 0 for an unterminated set. */
static const unsigned char *scanset(const unsigned char *p, unsigned char set[257])
{
	int invert = 0;

	if (*++p == '^')
		p++, invert = 1;
	for (int i = 0; i < 257; i++)
		set[i] = invert;
	set[0] = 0;
	if (*p == '-' || *p == ']')
		set[1 + *p++] = 1 - invert;
	for (; *p != ']'; p++) {
		if (!*p)
			return 0;
		if (*p == '-' && p[1] && p[1] != ']')
			for (int c = p++[-1]; c < *p; c++)
				set[1 + c] = 1 - invert;
		set[1 + *p] = 1 - invert;
	}
	return p;
}

static void *arg_n(va_list ap, unsigned n)
{
	va_list ap2;
	void *p;

	va_copy(ap2, ap);
	for (; n > 1; n--)
		va_arg(ap2, void *);
	p = va_arg(ap2, void *);
	va_end(ap2);
	return p;
}

/* How a directive ended; the failures end the whole call. */
enum { DONE, MATCH_FAIL, INPUT_FAIL, FORMAT_FAIL };

/* %c %s %[: the bytes in set, stored as char, or (wide) decoded with
 * mbrtowc in the LC_CTYPE locale and stored as wchar_t, as musl does:
 * the set and the width apply to bytes, a byte that cannot continue a
 * character, or a character the field leaves unfinished, is an input
 * failure. */
static int scan_chars(struct scan *s, const unsigned char set[257], void *dest, int wide, int term)
{
	mbstate_t st = { 0 };
	size_t i = 0;
	int c;

	while (set[(c = s_get(s)) + 1]) {
		if (wide) {
			wchar_t wc;
			size_t l = mbrtowc(&wc, &(char){ (char)c }, 1, &st);
			if (l == (size_t)-1)
				return INPUT_FAIL;
			if (l == (size_t)-2)
				continue;
			if (dest)
				((wchar_t *)dest)[i++] = wc;
		} else if (dest) {
			((char *)dest)[i++] = c;
		}
	}
	if (wide && !mbsinit(&st))
		return INPUT_FAIL;
	s_unget(s);
	if (term && dest && s->cnt) {
		if (wide)
			((wchar_t *)dest)[i] = 0;
		else
			((char *)dest)[i] = 0;
	}
	return DONE;
}

/* Whether the wide character c is in the scanset at p (the format's
 * bytes after '[' and '^'), as musl's in_set: a leading '-' or ']' is
 * itself, a '-' between two characters is the range they bound. */
static int wide_in_set(const unsigned char *p, int c)
{
	int prev = 0;

	if (*p == '-' || *p == ']') {
		if (c == *p)
			return 1;
		prev = *p++;
	}
	while (*p && *p != ']') {
		int ch = __wfmt_char(&p);
		if (ch == '-' && *p && *p != ']') {
			ch = __wfmt_char(&p);
			if (c >= prev && c < ch)
				return 1;
		}
		if (c == ch)
			return 1;
		prev = ch;
	}
	return 0;
}

/* The wide scanf's scanset at *pp (its '['), as musl reads one: where
 * its members start, whether it is inverted, and *pp left at its ']';
 * null when it is not closed. */
static const unsigned char *wide_scanset(const unsigned char **pp, int *invert)
{
	const unsigned char *p = *pp + 1, *members;

	*invert = *p == '^';
	p += *invert;
	members = p;
	if (*p == ']')
		p++;
	while (*p != ']')
		if (!*p++)
			return 0;
	*pp = p;
	return members;
}

/* The white space that ends the wide scanf's %s: musl's list, not
 * quite iswspace. */
static int wide_space(int c)
{
	static const int spaces[] = {
		' ', '\t', '\n', '\r', 11, 12, 0x0085, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
		0x2005, 0x2006, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x205f, 0x3000,
	};

	for (size_t i = 0; i < sizeof spaces / sizeof *spaces; i++)
		if (c == spaces[i])
			return 1;
	return 0;
}

/* The wide scanf's %c %s %[ (set: the scanset's bytes, or null for %c
 * and %s): wide characters, stored as wchar_t (is_long) or as multibyte
 * characters converted with wctomb; one it cannot convert is an input
 * failure, as musl. */
static int scan_wide_chars(struct scan *s, const unsigned char *set, int invert, int conv,
                           void *dest, int is_long)
{
	char *bytes = is_long ? 0 : dest, tmp[MB_LEN_MAX];
	wchar_t *wcs = is_long ? dest : 0;
	size_t i = 0;
	int c;

	while ((c = s_get(s)) >= 0) {
		int in = conv == 'c' ? 0 : conv == 's' ? wide_space(c) : wide_in_set(set, c);
		if (in == invert)
			break;
		if (wcs) {
			wcs[i++] = c;
		} else if (!is_long) {
			int l = s->wide->wctomb(bytes ? bytes + i : tmp, c);
			if (l < 0)
				return INPUT_FAIL;
			i += l;
		}
	}
	s_unget(s);
	if (conv != 'c' && s->cnt) {
		if (wcs)
			wcs[i] = 0;
		if (bytes)
			bytes[i] = 0;
	}
	return DONE;
}

/* float, double or long double (the caller has refused other lengths). */
static void store_float(void *dest, int len, long double y)
{
	if (!dest)
		return;
	if (len == LEN_NONE)
		*(float *)dest = (float)y;           /* exact: scanned as a float */
	else if (len == LEN_BIGL)
		*(long double *)dest = y;
	else
		*(double *)dest = y;
}

/* One conversion: where it stores (0 for '*'), its width (0: none), its
 * length modifier and its conversion letter. */
struct spec {
	void *dest;
	long long width;
	int len, conv;
};

/* Skips white space in the input; returns how many bytes. */
static long long skip_space(struct scan *s)
{
	s_limit(s, 0);
	while (s_isspace(s, s_get(s)))
		;
	s_unget(s);
	return s->cnt;
}

/* An ordinary character of the format, or %% (which skips white space
 * first, as musl does); *pp is left at its last byte. */
static int match_literal(struct scan *s, const unsigned char **pp)
{
	const unsigned char *p = *pp;
	int c, want;

	s_limit(s, 0);
	if (*p == '%') {
		p++;
		while (s_isspace(s, c = s_get(s)))
			;
	} else {
		c = s_get(s);
	}
	want = s->wide ? __wfmt_char(&p) : *p++;
	*pp = p - 1;
	if (c != want) {
		s_unget(s);
		return c < 0 ? INPUT_FAIL : MATCH_FAIL;
	}
	return DONE;
}

/* Reads '*' or n$, the width and the length modifier after a '%';
 * leaves *pp at the conversion letter. */
static int parse_spec(const unsigned char **pp, struct spec *c, va_list *ap)
{
	const unsigned char *p = *pp;

	if (*p == '*') {
		c->dest = 0;
		p++;
	} else if (isdigit(*p) && p[1] == '$') {
		c->dest = arg_n(*ap, *p - '0');
		p += 2;
	} else {
		c->dest = va_arg(*ap, void *);
	}
	for (c->width = 0; isdigit(*p); p++)
		c->width = 10 * c->width + *p - '0';
	const char *lp = (const char *)p;   /* not a cast of &p: aliasing */
	c->len = __fmt_length(&lp);
	p = (const unsigned char *)lp;
	c->conv = *p;
	*pp = p;
	if (!c->conv || !strchr("diouxXaeEfFgGAscCS[pn", c->conv))
		return FORMAT_FAIL;
	if (c->conv == 'C' || c->conv == 'S') {
		c->conv |= 32;
		c->len = LEN_L;
	}
	return DONE;
}

/* %c %s %[ (p at the '[' for a scanset, left at its ']'). */
static int convert_chars(struct scan *s, const struct spec *c, const unsigned char **pp)
{
	unsigned char set[257];
	int r;

	if (s->wide) {
		const unsigned char *members = 0;
		int invert = 1;
		if (c->conv == '[' && !(members = wide_scanset(pp, &invert)))
			return FORMAT_FAIL;
		r = scan_wide_chars(s, members, invert, c->conv,
		                    c->len == LEN_L || c->len == LEN_NONE ? c->dest : 0, c->len == LEN_L);
	} else {
		if (c->conv == '[') {
			if (!(*pp = scanset(*pp, set)))
				return FORMAT_FAIL;
		} else {
			memset(set, 1, sizeof set);
			set[0] = 0;                        /* EOF ends every field */
			if (c->conv == 's')
				for (const char *w = " \t\n\v\f\r"; *w; w++)
					set[1 + *w] = 0;
		}
		r = scan_chars(s, set, c->dest, c->len == LEN_L, c->conv != 'c');
	}
	if (r != DONE)
		return r;
	if (!s->cnt || (c->conv == 'c' && s->cnt != c->width))
		return MATCH_FAIL;
	return DONE;
}

static int convert_number(struct scan *s, const struct spec *c)
{
	unsigned long long x;
	long double y;
	int t = c->conv;

	if (strchr("aefgAEFG", t)) {
		/* As musl: hh, h, ll and j make no floating type. */
		if (c->len != LEN_NONE && c->len != LEN_L && c->len != LEN_Z
		    && c->len != LEN_T && c->len != LEN_BIGL)
			return MATCH_FAIL;
		if (!scan_float(s, &y, c->len == LEN_BIGL ? FLOATSCAN_LONG_DOUBLE
		                       : c->len == LEN_NONE ? FLOATSCAN_FLOAT : FLOATSCAN_DOUBLE))
			return MATCH_FAIL;
		store_float(c->dest, c->len, y);
		return DONE;
	}
	if (!scan_int(s, t == 'd' || t == 'u' ? 10 : t == 'i' ? 0 : t == 'o' ? 8 : 16, &x))
		return MATCH_FAIL;
	if (t == 'p' && c->dest)
		*(void **)c->dest = (void *)(uintptr_t)x;
	else if (c->dest && c->len != LEN_BIGL)   /* musl stores nothing for %Ld */
		__store_int(c->dest, c->len, x);
	return DONE;
}

/* One conversion, its input limited to the field width.  *pos counts
 * the bytes consumed so far, for %n. */
static int convert(struct scan *s, struct spec *c, const unsigned char **pp, long long *pos)
{
	int r;

	if (c->conv == 'n') {
		if (c->dest && c->len != LEN_BIGL)
			__store_int(c->dest, c->len, *pos);
		return DONE;
	}
	if (c->conv == 'c' && c->width < 1)
		c->width = 1;
	if (c->conv != 'c' && c->conv != '[')
		*pos += skip_space(s);
	s_limit(s, c->width);
	if (s_get(s) < 0)
		return INPUT_FAIL;
	s_unget(s);
	if (strchr("cs[", c->conv)) {
		r = convert_chars(s, c, pp);
	} else {
		s->chars = 0;          /* numbers are ASCII: read as bytes */
		s_limit(s, c->width);
		r = convert_number(s, c);
		s->chars = s->wide != 0;
	}
	*pos += s->cnt;
	return r;
}

/* Whether the format's character at p is white space; its last byte. */
static int format_space(const struct scan *s, const unsigned char **p)
{
	const unsigned char *q = *p;

	if (!s->wide)
		return isspace(*q);
	if (!s->wide->iswspace(__wfmt_char(&q)))
		return 0;
	*p = q - 1;
	return 1;
}

static int scan_format(FILE *f, const unsigned char *p, va_list ap, const struct __wide_in *wide)
{
	struct scan s = { .f = f, .wide = wide, .chars = wide != 0 };
	struct spec c;
	long long pos = 0;
	int matches = 0, r = DONE;
	va_list args;   /* a copy, so that helpers can take it by pointer */

	if (!f->rpos && (f->flags & F_NORD)) {
		f->flags |= F_ERR;
		return EOF;
	}
	va_copy(args, ap);
	for (; *p && r == DONE; p++) {
		if (format_space(&s, &p)) {
			const unsigned char *q;
			while ((q = p + 1, *q && format_space(&s, &q)))
				p = q;
			pos += skip_space(&s);
		} else if (*p != '%' || p[1] == '%') {
			if ((r = match_literal(&s, &p)) == DONE)
				pos += s.cnt;
		} else {
			p++;
			if ((r = parse_spec(&p, &c, &args)) == DONE
			    && (r = convert(&s, &c, &p, &pos)) == DONE
			    && c.dest && c.conv != 'n')
				matches++;
		}
	}
	va_end(args);
	/* Input failure (or a bad format) before any assignment: EOF. */
	if ((r == INPUT_FAIL || r == FORMAT_FAIL) && !matches)
		return EOF;
	return matches;
}

int vfscanf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	FLOCK(f);
	int r = scan_format(f, (const unsigned char *)fmt, ap, 0);
	FUNLOCK(f);
	return r;
}

hidden int __vfwscanf_core(FILE *f, const char *fmt, va_list ap, const struct __wide_in *wide)
{
	FLOCK(f);
	int r = scan_format(f, (const unsigned char *)fmt, ap, wide);
	FUNLOCK(f);
	return r;
}
