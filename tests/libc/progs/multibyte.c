/* Multibyte conversion against musl: the C locale's one byte per
 * character, strict UTF-8 under C.UTF-8 (every lead and second byte,
 * overlong forms, surrogates, beyond U+10FFFF, characters cut short and
 * resumed through mbstate_t), the string conversions with their limits
 * and where they leave the source pointer, and UTF-16/32. */
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uchar.h>
#include <wchar.h>

static const char *err(void)
{
	return errno == EILSEQ ? "EILSEQ" : errno ? "other" : "-";
}

/* One mbrtowc call, shown with its result, errno and state. */
static void step(const char *what, const char *s, size_t n, mbstate_t *st)
{
	wchar_t wc = 0x5a5a;
	errno = 0;
	long r = mbrtowc(&wc, s, n, st);
	printf("  mbrtowc %s n=%zu: %ld wc=%#x %s init=%d\n", what, n, r, (unsigned)wc, err(),
	       mbsinit(st));
}

static void show_wcs(const wchar_t *ws, size_t n)
{
	printf(" [");
	for (size_t i = 0; i < n; i++)
		printf("%s%#x", i ? " " : "", (unsigned)ws[i]);
	printf("]");
}

static void show_bytes(const char *s, size_t n)
{
	printf(" <");
	for (size_t i = 0; i < n; i++)
		printf("%02x", (unsigned char)s[i]);
	printf(">");
}

/* mbrtowc on every byte, and wcrtomb/btowc/wctob on the edges. */
static void single_bytes(void)
{
	unsigned long sum = 0;
	for (int b = 0; b < 256; b++) {
		char s[2] = { (char)b, 0 };
		wchar_t wc;
		mbstate_t st = { 0 };
		errno = 0;
		long r = mbrtowc(&wc, s, 1, &st);
		sum = sum * 31 + (r == 1 ? (unsigned)wc : (unsigned)r);
		if (b == 0 || b == 0x7f || b == 0x80 || b == 0xc3 || b == 0xff)
			printf("  byte %#x: %ld wc=%#x %s mblen=%d btowc=%#x\n", b, r,
			       r >= 0 ? (unsigned)wc : 0, err(), mblen(s, 1), (unsigned)btowc(b));
	}
	printf("  all bytes: %#lx btowc(EOF)=%#x\n", sum, (unsigned)btowc(EOF));
	static const wchar_t wide[] = { 0, 0x41, 0x7f, 0x80, 0xe9, 0xdf7f, 0xdf80, 0xdfff, 0xe000, 0x7ff,
					0x800, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xfffd, 0xffff,
					0x10000, 0x10ffff, 0x110000, -1, 0x7fffffff };
	for (size_t i = 0; i < sizeof wide / sizeof *wide; i++) {
		char buf[8] = { 0 };
		errno = 0;
		long r = wcrtomb(buf, wide[i], 0);
		printf("  wcrtomb %#x: %ld %s", (unsigned)wide[i], r, err());
		show_bytes(buf, r > 0 ? r : 0);
		errno = 0;
		int t = wctomb(buf, wide[i]);
		printf(" wctomb=%d %s wctob=%d\n", t, err(), wctob(wide[i]));
	}
	printf("  wcrtomb(NULL)=%zu wctomb(NULL)=%d mbtowc(NULL)=%d mblen(NULL)=%d\n",
	       wcrtomb(0, 0x20ac, 0), wctomb(0, 0x20ac), mbtowc(0, 0, 0), mblen(0, 0));
}

/* Under UTF-8: for each lead byte, what every second byte makes of it
 * ('-' invalid, '?' incomplete, else the length), and the third byte
 * after the leads whose second byte has a narrow range. */
static void lead_table(void)
{
	static const char mark[] = "?-01234";
	for (int lead = 0x80; lead < 0x100; lead++) {
		char line[257];
		for (int b = 0; b < 256; b++) {
			char s[4] = { (char)lead, (char)b, (char)0x80, (char)0x80 };
			mbstate_t st = { 0 };
			long r = mbrtowc(0, s, 4, &st);
			line[b] = mark[r + 2];
		}
		line[256] = 0;
		printf("  %02x %s\n", lead, line);
	}
	static const unsigned char pairs[][2] = { { 0xe0, 0xa0 }, { 0xed, 0x9f }, { 0xf0, 0x90 },
						  { 0xf4, 0x8f }, { 0xf0, 0x90 } };
	for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
		char line[257];
		for (int b = 0; b < 256; b++) {
			char s[4] = { (char)pairs[i][0], (char)pairs[i][1], (char)b, (char)0xbf };
			mbstate_t st = { 0 };
			long r = mbrtowc(0, s, 4, &st);
			line[b] = mark[r + 2];
		}
		line[256] = 0;
		printf("  %02x %02x %s\n", pairs[i][0], pairs[i][1], line);
	}
}

/* Every code point and then some, through wcrtomb and back. */
static void round_trip(void)
{
	unsigned long hash = 5381, bytes = 0, bad = 0, mismatch = 0;
	for (long c = -2; c < 0x110100; c++) {
		char buf[8];
		long r = wcrtomb(buf, (wchar_t)c, 0);
		if (r < 0) {
			bad++;
			continue;
		}
		bytes += r;
		for (long i = 0; i < r; i++)
			hash = hash * 33 + (unsigned char)buf[i];
		wchar_t back;
		mbstate_t st = { 0 };
		if (mbrtowc(&back, buf, r, &st) != (size_t)(c ? r : 0) || back != c)
			mismatch++;
	}
	printf("  round trip: hash=%#lx bytes=%lu unencodable=%lu mismatches=%lu\n", hash, bytes, bad,
	       mismatch);
}

/* Characters of every length fed in pieces through one state. */
static void resume(void)
{
	static const char *const chars[] = { "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80",
					     "\xf4\x8f\xbf\xbf" };
	for (size_t i = 0; i < 4; i++) {
		size_t len = strlen(chars[i]);
		for (size_t first = 0; first < len; first++) {
			mbstate_t st = { 0 };
			printf(" %s split after %zu\n", chars[i] + len, first);
			step("head", chars[i], first, &st);
			for (size_t k = first; k < len; k++)
				step("byte", chars[i] + k, 1, &st);
		}
	}
	mbstate_t st = { 0 };
	printf(" bad continuation after a resumed lead\n");
	step("e2", "\xe2", 1, &st);
	step("A", "A", 1, &st);
	step("A again", "A", 1, &st);
	printf(" overlong / surrogate / too big split after the lead\n");
	step("e0", "\xe0", 1, &st);
	step("9f", "\x9f\x80", 2, &st);
	step("ed", "\xed", 1, &st);
	step("a0", "\xa0\x80", 2, &st);
	step("f4", "\xf4", 1, &st);
	step("90", "\x90\x80\x80", 3, &st);
	step("f0 80", "\xf0\x80", 2, &st);
	printf(" null source in the middle of a character\n");
	step("f0 9f", "\xf0\x9f", 2, &st);
	step("NULL", 0, 0, &st);
	step("NULL again", 0, 0, &st);
	printf(" n=0 and a NUL\n");
	step("n=0", "a", 0, &st);
	step("nul", "", 1, &st);
	step("c2 then nul", "\xc2", 1, &st);
	step("nul", "", 1, &st);
	printf(" null state (the function's own) across calls\n");
	printf("  mbrlen %ld", (long)mbrlen("\xe2\x82", 2, 0));
	printf(" %ld", (long)mbrlen("\xac", 1, 0));
	printf(" %ld\n", (long)mbrlen("\xe2\x82\xac", 3, 0));
	wchar_t wc = 0;
	printf("  mbrtowc %ld", (long)mbrtowc(&wc, "\xf0\x9f", 2, 0));
	printf(" %ld wc=%#x\n", (long)mbrtowc(&wc, "\x98\x80", 2, 0), (unsigned)wc);
	printf(" mbtowc has no state: short n is EILSEQ\n");
	for (size_t n = 0; n <= 5; n++) {
		errno = 0;
		wc = 0;
		int r = mbtowc(&wc, "\xf0\x9f\x98\x80", n);
		printf("  mbtowc n=%zu: %d wc=%#x %s mblen=%d\n", n, r, (unsigned)wc, err(),
		       mblen("\xf0\x9f\x98\x80", n));
	}
	errno = 0;
	int r = mbtowc(&wc, "\xed\xa0\x80", 3);
	printf("  mbtowc(\"\\xed\\xa0\\x80\")=%d %s\n", r, err());
}

static void mbs(const char *what, const char *src, size_t wn, mbstate_t *st)
{
	wchar_t ws[32];
	const char *s = src;
	wmemset(ws, 0x5a5a, 32);
	errno = 0;
	long r = mbsrtowcs(ws, &s, wn, st);
	printf("  mbsrtowcs %s wn=%zu: %ld %s src=%ld", what, wn, r, err(), s ? (long)(s - src) : -1L);
	show_wcs(ws, r >= 0 ? r + (s == 0) : 0);
	errno = 0;
	s = src;
	r = mbsrtowcs(0, &s, 0, st);
	printf(" count=%ld %s", r, err());
	errno = 0;
	r = mbstowcs(0, src, 0);
	printf(" mbstowcs=%ld %s\n", r, err());
}

static void mbsn(const char *what, const char *src, size_t n, size_t wn, mbstate_t *st)
{
	wchar_t ws[32];
	const char *s = src;
	wmemset(ws, 0x5a5a, 32);
	errno = 0;
	long r = mbsnrtowcs(ws, &s, n, wn, st);
	printf("  mbsnrtowcs %s n=%zu wn=%zu: %ld %s src=%ld init=%d", what, n, wn, r, err(),
	       s ? (long)(s - src) : -1L, mbsinit(st));
	show_wcs(ws, r >= 0 ? r + (s == 0) : 0);
	printf("\n");
}

static void string_to_wide(void)
{
	static const char text[] = "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80z";
	for (size_t wn = 0; wn <= 6; wn++)
		mbs("text", text, wn, 0);
	mbs("invalid", "ab\xe2\x82z", 10, 0);
	mbs("lone continuation", "ab\x80", 10, 0);
	mbs("cut by the NUL", "ab\xf0\x9f\x98", 10, 0);
	mbs("surrogate", "\xed\xb0\x80", 10, 0);
	mbs("empty", "", 10, 0);
	mbs("bytes", "\xff\xfe", 10, 0);
	mbstate_t st = { 0 };
	printf(" resuming a character begun in the state\n");
	step("e2 82", "\xe2\x82", 2, &st);
	wchar_t ws[8];
	const char *s = "\xac!";
	errno = 0;
	printf("  count=%ld init=%d", (long)mbsrtowcs(0, &s, 0, &st), mbsinit(&st));
	long r = mbsrtowcs(ws, &s, 8, &st);
	printf(" mbsrtowcs=%ld src=%s init=%d", r, s ? "set" : "NULL", mbsinit(&st));
	show_wcs(ws, r + 1);
	printf("\n");
	/* n ends between characters: what a character cut by n becomes
	 * changed in POSIX 2024 (musl 1.2.3 drops it, musl after 1.2.5 and
	 * minilibc keep it in *st: tests/libc/multibyte.bats). */
	static const size_t ends[] = { 0, 1, 3, 6, 10, 11, 12 };
	for (size_t i = 0; i < sizeof ends / sizeof *ends; i++)
		mbsn("text", text, ends[i], 10, &st);
	mbsn("text", text, 20, 3, &st);
	mbsn("invalid", "ab\xe2\x82z", 10, 10, &st);
	mbsn("no room", text, 6, 0, 0);
}

static void wide_to_string(void)
{
	static const wchar_t text[] = { 'a', 0xe9, 0x20ac, 0x1f600, 'z', 0 };
	for (size_t n = 0; n <= 12; n++) {
		char buf[16];
		const wchar_t *w = text;
		memset(buf, '#', sizeof buf);
		errno = 0;
		long r = wcsrtombs(buf, &w, n, 0);
		printf("  wcsrtombs n=%zu: %ld %s ws=%ld", n, r, err(), w ? (long)(w - text) : -1L);
		show_bytes(buf, r >= 0 ? r + (w == 0) : 0);
		w = text;
		r = wcsnrtombs(buf, &w, 3, n, 0);
		printf(" wcsnrtombs(3)=%ld ws=%ld", r, w ? (long)(w - text) : -1L);
		show_bytes(buf, r >= 0 ? r : 0);
		printf("\n");
	}
	const wchar_t *w = text;
	printf("  count=%ld wcstombs=%ld wcsnrtombs(NULL, 4)=%ld\n", (long)wcsrtombs(0, &w, 0, 0),
	       (long)wcstombs(0, text, 0), (long)wcsnrtombs(0, &w, 4, 0, 0));
	static const wchar_t bad[] = { 'a', 0xd800, 'b', 0 };
	char buf[16];
	w = bad;
	errno = 0;
	long r = wcsrtombs(buf, &w, 16, 0);
	printf("  surrogate: %ld %s ws=%ld", r, err(), (long)(w - bad));
	errno = 0;
	r = wcsrtombs(0, &w, 0, 0);
	printf(" count=%ld %s", r, err());
	w = bad;
	errno = 0;
	r = wcsnrtombs(buf, &w, 4, 16, 0);
	printf(" wcsnrtombs=%ld %s ws=%ld\n", r, err(), (long)(w - bad));
	static const wchar_t big[] = { 0x110000, 0 };
	w = big;
	errno = 0;
	r = wcstombs(buf, big, 16);
	printf("  0x110000: %ld %s\n", r, err());
}

static void utf16(void)
{
	mbstate_t st = { 0 };
	const char *s = "\xf0\x9f\x98\x80\xc3\xa9";
	char16_t c = 0;
	for (int i = 0; i < 4; i++) {
		long r = mbrtoc16(&c, s, 6, &st);
		printf("  mbrtoc16: %ld c=%#x init=%d\n", r, (unsigned)c, mbsinit(&st));
		if (r > 0)
			s += r;
	}
	printf("  mbrtoc16 byte by byte:");
	s = "\xf0\x9f\x98\x80";
	for (int i = 0; i < 5; i++) {
		long r = mbrtoc16(&c, s, 1, &st);
		printf(" %ld/%#x", r, (unsigned)c);
		if (r != -3)
			s++;
	}
	printf("\n");
	mbrtoc16(&c, "\xf0\x9f\x98\x80", 4, &st);
	printf("  pending low then NULL: %ld", (long)mbrtoc16(&c, 0, 0, &st));
	printf(" %ld init=%d\n", (long)mbrtoc16(&c, 0, 0, &st), mbsinit(&st));
	static const char16_t units[][2] = { { 0xd83d, 0xde00 }, { 0xdbff, 0xdfff }, { 0xd800, 'A' },
					     { 0xdc00, 'A' }, { 0xe9, 0x20ac }, { 0xd800, 0xd800 } };
	for (size_t i = 0; i < sizeof units / sizeof *units; i++) {
		char buf[8];
		memset(&st, 0, sizeof st);
		errno = 0;
		long a = c16rtomb(buf, units[i][0], &st);
		printf("  c16rtomb %#x %#x: %ld %s init=%d", units[i][0], units[i][1], a, err(),
		       mbsinit(&st));
		if (a > 0)
			show_bytes(buf, a);
		errno = 0;
		long b = c16rtomb(buf, units[i][1], &st);
		printf(" then %ld %s init=%d", b, err(), mbsinit(&st));
		if (b > 0)
			show_bytes(buf, b);
		printf("\n");
	}
	memset(&st, 0, sizeof st);
	char buf[8];
	c16rtomb(buf, 0xd800, &st);
	errno = 0;
	long r = c16rtomb(0, 0, &st);
	printf("  c16rtomb(NULL) after a high surrogate: %ld %s; again %ld\n", r, err(),
	       (long)c16rtomb(0, 0, &st));
	char32_t c32 = 0;
	memset(&st, 0, sizeof st);
	r = mbrtoc32(&c32, "\xf4\x8f\xbf\xbf", 4, &st);
	printf("  mbrtoc32: %ld %#x", r, (unsigned)c32);
	r = mbrtoc32(&c32, "\xf0\x9f", 2, &st);
	printf(" %ld", r);
	errno = 0;
	r = mbrtoc32(&c32, 0, 0, &st);
	printf(" NULL mid-character %ld %s", r, err());
	r = c32rtomb(buf, 0x1f600, &st);
	printf(" c32rtomb %ld", r);
	show_bytes(buf, r);
	errno = 0;
	r = c32rtomb(buf, 0xd800, &st);
	printf(" c32rtomb(0xd800)=%ld %s\n", r, err());
}

static void c_locale(void)
{
	printf("C locale: MB_CUR_MAX=%zu\n", MB_CUR_MAX);
	single_bytes();
	static const char bytes[] = "a\xff\x80\xc3\xa9z";
	wchar_t ws[16];
	long r = mbstowcs(ws, bytes, 16);
	printf("  mbstowcs=%ld", r);
	show_wcs(ws, r + 1);
	char back[16];
	r = wcstombs(back, ws, 16);
	printf(" back=%ld", r);
	show_bytes(back, r + 1);
	printf("\n");
	mbs("bytes", bytes, 3, 0);
	mbsn("bytes", bytes, 4, 16, 0);
	static const wchar_t latin1[] = { 'a', 0xe9, 0 };
	errno = 0;
	r = wcstombs(back, latin1, 16);
	printf("  wcstombs(L\"a\\xe9\")=%ld %s\n", r, err());
	mbstate_t st = { 0 };
	char16_t c = 0;
	printf("  mbrtoc16(\\xe9)=%ld c=%#x", (long)mbrtoc16(&c, "\xe9", 1, &st), (unsigned)c);
	errno = 0;
	r = c16rtomb(back, 0xdfe9, &st);
	printf(" c16rtomb(0xdfe9)=%ld", r);
	show_bytes(back, r > 0 ? r : 0);
	c16rtomb(back, 0xd83d, &st);
	errno = 0;
	r = c16rtomb(back, 0xde00, &st);
	printf(" pair=%ld %s\n", r, err());
}

int main(void)
{
	c_locale();
	printf("setlocale: %s\n", setlocale(LC_CTYPE, "C.UTF-8"));
	printf("UTF-8: MB_CUR_MAX=%zu\n", MB_CUR_MAX);
	single_bytes();
	lead_table();
	round_trip();
	resume();
	string_to_wide();
	wide_to_string();
	utf16();
	printf("setlocale: %s MB_CUR_MAX=%zu\n", setlocale(LC_ALL, "C"), MB_CUR_MAX);
	printf("setlocale: %s MB_CUR_MAX=%zu\n", setlocale(LC_ALL, "en_US.UTF-8"), MB_CUR_MAX);
	return 0;
}
