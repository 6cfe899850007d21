/* The wide scanf against musl: swscanf with numbers, %ls %lc %l[ and
 * their multibyte-storing %s %c %[ forms, scansets with wide ranges and
 * inversion, literal wide characters and wide white space in the
 * format, %n counting characters, widths counting characters, input a
 * locale cannot convert, in the C and C.UTF-8 locales; then fwscanf on
 * a stream, what it leaves for fgetwc, and vswscanf. */
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

static void show_wcs(const wchar_t *ws)
{
	printf("[");
	for (int i = 0; i < 6 && ws[i] != 0x2a2a; i++)
		printf(i ? " %x" : "%x", (unsigned)ws[i]);
	printf("]");
}

static void show_bytes(const char *s)
{
	printf("<");
	for (int i = 0; i < 8 && s[i] != '#'; i++)
		printf(i ? " %02x" : "%02x", (unsigned char)s[i]);
	printf(">");
}

/* Strings: two wide destinations, or a byte and a wide one. */
static void strings(const wchar_t *in, const wchar_t *fmt, const char *text, int narrow_first)
{
	wchar_t a[16], b[16];
	char m[16];
	int n = -1, r;
	wmemset(a, 0x2a2a, 16);
	wmemset(b, 0x2a2a, 16);
	memset(m, '#', sizeof m);
	if (narrow_first)
		r = swscanf(in, fmt, m, b, &n);
	else
		r = swscanf(in, fmt, a, b, &n);
	printf("%-26s r=%2d n=%2d ", text, r, n);
	if (narrow_first)
		show_bytes(m);
	else
		show_wcs(a);
	show_wcs(b);
	printf("\n");
}

#define S(in, fmt) strings(in, fmt, #in " " #fmt, 0)
#define M(in, fmt) strings(in, fmt, #in " " #fmt, 1)

static void numbers(void)
{
	int i = -1, j = -1, n = -1;
	double d = -1;
	unsigned x = 0;
	int r = swscanf(L"  42 \x3000 -7 3.5e2 ff", L"%d %d%lf %x%n", &i, &j, &d, &x, &n);
	printf("numbers r=%d %d %d %g %x n=%d\n", r, i, j, d, x, n);
	r = swscanf(L"12\xe9", L"%d%n", &i, &n);
	printf("12e9: r=%d %d n=%d\n", r, i, n);
	i = j = -1;
	r = swscanf(L"7\x20ac" L"8", L"%d\x20ac%d", &i, &j);
	printf("literal euro: r=%d %d %d\n", r, i, j);
	r = swscanf(L"7x8", L"%d\x20ac%d", &i, &j);
	printf("literal mismatch: r=%d\n", r);
	r = swscanf(L"", L"%d", &i);
	printf("empty: r=%d\n", r);
	r = swscanf(L"  ", L" %d", &i);
	printf("spaces: r=%d\n", r);
	r = swscanf(L"abc", L"%d", &i);
	printf("no number: r=%d\n", r);
	r = swscanf(L"5 % 6", L"%d %% %d", &i, &j);
	printf("percent: r=%d %d %d\n", r, i, j);
	r = swscanf(L"123456", L"%2d%3d%n", &i, &j, &n);
	printf("widths: r=%d %d %d n=%d\n", r, i, j, n);
	void *p = 0;
	r = swscanf(L"0x1234", L"%p", &p);
	printf("pointer: r=%d %p\n", r, p);
}

static void cases(void)
{
	S(L"ab cd", L"%ls%ls%n");
	S(L"\xe9t\xe9 \x20ac", L"%ls %ls%n");
	S(L"x\x3000y", L"%ls%ls%n");
	S(L"x\x2007y z", L"%ls%ls%n");
	S(L"\xe9\x20ac\x1f600", L"%2lc%lc%n");
	S(L"\xe9\x20ac", L"%3lc%n");
	S(L"abc\xe9\xe9z", L"%l[a-z]%l[\xe0-\xff]%n");
	S(L"\x20ac\x20ad-", L"%l[\x20ac-\x20ad]%l[-]%n");
	S(L"x]y", L"%l[]x]%ly%n");
	S(L"abc!", L"%l[^!]%lc%n");
	S(L"hello", L"%*ls%ls%n");
	S(L"\xe9t\xe9", L"\xe9%lc%ls%n");
	S(L"\xe9t\xe9", L"\xe8%lc%ls%n");
	S(L"a \x3000 \x2028 b", L"%ls %ls%n");
	S(L"q", L"%S%C%n");
	S(L"a-b", L"%l[a-]%ls%n");
	S(L"x", L"%l[x");
	S(L"abcdefgh", L"%5ls%ls%n");
	M(L"caf\xe9 x", L"%s %ls%n");
	M(L"\x20ac", L"%s%ls%n");
	M(L"\xdf80\xdfff", L"%s%ls%n");
	M(L"\xe9\xe9", L"%c%lc%n");
	M(L"\xe9z", L"%2c%lc%n");
	M(L"az\xe9", L"%[a-z]%ls%n");
	numbers();
}

static void stream(void)
{
	FILE *f = tmpfile();
	fputs("12 caf\xc3\xa9 \xe2\x82\xac" "9 rest\xff", f);
	rewind(f);
	wchar_t w[8];
	wmemset(w, 0x2a2a, 8);
	int i = -1, j = -1, n = -1;
	int r = fwscanf(f, L"%d %ls %d%n", &i, w, &j, &n);
	printf("fwscanf r=%d %d ", r, i);
	show_wcs(w);
	printf(" %d n=%d fwide=%d next:", j, n, fwide(f, 0));
	for (int k = 0; k < 7; k++)
		printf(" %x", (unsigned)fgetwc(f));
	printf("\n");
	fclose(f);
	f = tmpfile();
	fputs("\xc3\xa9\xc3\xa9!", f);
	rewind(f);
	wmemset(w, 0x2a2a, 8);
	r = fwscanf(f, L"%l[\xe9]", w);
	printf("fwscanf set r=%d ", r);
	show_wcs(w);
	printf(" then %x\n", (unsigned)fgetwc(f));
	fclose(f);
}

static int vws(const wchar_t *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vwscanf(fmt, ap);
	va_end(ap);
	return r;
}

static int vsws(const wchar_t *in, const wchar_t *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vswscanf(in, fmt, ap);
	va_end(ap);
	return r;
}

int main(void)
{
	printf("-- C\n");
	cases();
	stream();
	setlocale(LC_CTYPE, "C.UTF-8");
	printf("-- C.UTF-8\n");
	cases();
	stream();
	int a = 0, b = 0;
	int r = vsws(L"3,4", L"%d,%d", &a, &b);
	printf("vswscanf r=%d %d %d\n", r, a, b);
	wchar_t w[8];
	wmemset(w, 0x2a2a, 8);
	r = wscanf(L"%ls", w);
	printf("wscanf r=%d ", r);
	show_wcs(w);
	printf(" fwide(stdin)=%d\n", fwide(stdin, 0));
	wmemset(w, 0x2a2a, 8);
	r = vws(L" %3l[a-z]", w);
	printf("vwscanf r=%d ", r);
	show_wcs(w);
	printf("\n");
	return 0;
}
