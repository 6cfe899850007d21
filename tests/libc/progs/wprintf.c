/* The wide printf against musl: swprintf's results and the wide
 * characters it stores (buffer too small is -1, always terminated),
 * width and precision counted in characters for %ls and %s, %c and %lc,
 * numbers and floats through the byte engine, positional arguments, %n
 * counting characters, EILSEQ for characters the locale cannot write
 * and multibyte strings it cannot read, in the C and C.UTF-8 locales;
 * then wprintf, fwprintf and vfwprintf on streams. */
#include <errno.h>
#include <locale.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

static const char *err(void)
{
	return errno == EILSEQ ? "EILSEQ" : errno == EOVERFLOW ? "EOVERFLOW" : errno ? "other" : "-";
}

static void show(const char *what, int r, const wchar_t *buf, int n)
{
	printf("%-30s r=%3d %-6s [", what, r, err());
	for (int i = 0; i < n && buf[i] != 0x2a2a; i++)
		printf(i ? " %x" : "%x", (unsigned)buf[i]);
	printf("]\n");
}

#define SW(size, ...) do { \
	wchar_t buf[40]; \
	wmemset(buf, 0x2a2a, 40); \
	errno = 0; \
	int r = swprintf(buf, size, __VA_ARGS__); \
	show(#size " " #__VA_ARGS__, r, buf, 40); \
} while (0)

static int vsw(wchar_t *buf, size_t n, const wchar_t *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vswprintf(buf, n, fmt, ap);
	va_end(ap);
	return r;
}

static void cases(void)
{
	int n1 = -1, n2 = -1;
	SW(40, L"plain");
	SW(40, L"caf\xe9 \x20ac");
	SW(40, L"%d|%5.2f|%-6x|%+ld|%#o", 42, 3.14159, 255u, 7L, 8);
	SW(40, L"%e %g %a", 1e10, 0.0001, 1.0);
	SW(40, L"[%ls][%5ls][%-5ls][%.2ls]", L"ab", L"\xe9\x20ac", L"x", L"\xe9\xe9\xe9");
	SW(40, L"[%s][%4s][%.1s]", "a\xc3\xa9", "\xc3\xa9", "\xc3\xa9z");
	SW(40, L"[%s]", "\xff");
	SW(40, L"[%.0s]", "\xff");
	SW(40, L"[%c][%3c][%-3c]", 'a', 'b', 'c');
	SW(40, L"[%c]", 0xe9);
	SW(40, L"[%lc][%5lc][%C]", 0xe9, 0x20ac, L'z');
	SW(40, L"[%lc]", 0xdf80);
	SW(40, L"[%S]", L"\x1f600");
	SW(40, L"%2$ls-%1$d", 7, L"\xe9");
	SW(40, L"\xe9%n\x20ac%d%n", &n1, 5, &n2);
	printf("  %%n: %d %d\n", n1, n2);
	SW(40, L"%5%|%%");
	SW(40, L"[%p|%d]%n", (void *)0x1234, 5, &n1);   /* musl 1.2.3 writes no %p */
	printf("  %%n: %d\n", n1);
	SW(40, L"%Lf|%hhd|%zu|%jd|%X|%G", 1.5L, 300, (size_t)7, (intmax_t)-9, 255u, 1e-10);
	SW(40, L"[%-5c][%05d][%*.*ls]", 'x', 42, -6, 2, L"\xe9\xe9\xe9");
	SW(40, L"[%.*s][%-4.1s][%5.1ls]", 3, "a\xc3\xa9\xc3\xa9", "\xc3\xa9z", L"\x20ac\x20ac");
	SW(40, L"%s", (char *)0);
	SW(40, L"%m");
	SW(6, L"%d", 12345);
	SW(6, L"%d", 123456);
	SW(3, L"\xe9\x20ac\x1f600");
	SW(4, L"\xe9\x20ac\x1f600");
	SW(1, L"x");
	SW(1, L"");
	SW(40, L"%ls|%d", L"a\xd800", 9);
	wchar_t buf[8];
	wmemset(buf, 0x2a2a, 8);
	errno = 0;
	int r = vsw(buf, 8, L"%ls=%d", L"v", 3);
	show("vswprintf", r, buf, 8);
	errno = 0;
	r = swprintf(buf, 0, L"x");
	printf("swprintf n=0: r=%d\n", r);
}

static void show_file(const char *what, FILE *f)
{
	char buf[80];
	fflush(f);
	rewind(f);
	size_t n = fread(buf, 1, sizeof buf, f);
	printf("%s: %zu bytes <", what, n);
	for (size_t i = 0; i < n; i++)
		printf(i ? " %02x" : "%02x", (unsigned char)buf[i]);
	printf(">\n");
}

static int vfw(FILE *f, const wchar_t *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vfwprintf(f, fmt, ap);
	va_end(ap);
	return r;
}

static int vw(const wchar_t *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vwprintf(fmt, ap);
	va_end(ap);
	return r;
}

static void streams(void)
{
	FILE *f = tmpfile();
	printf("fwide before %d", fwide(f, 0));
	int r = fwprintf(f, L"<%ls|%d|\xe9>", L"\xe9t\xe9", 5);
	printf(" after %d r=%d\n", fwide(f, 0), r);
	errno = 0;
	r = vfw(f, L"a\x20ac" L"b%dc%lcd%se\n", 1, 0x20ac, "\xc3\xa9");
	printf("vfwprintf r=%d %s err=%d\n", r, err(), ferror(f) ? 1 : 0);
	clearerr(f);
	r = fwprintf(f, L"%d", 77);
	printf("after clearerr r=%d\n", r);
	show_file("stream", f);
	fclose(f);
}

int main(void)
{
	printf("-- C\n");
	cases();
	streams();
	setlocale(LC_CTYPE, "C.UTF-8");
	printf("-- C.UTF-8\n");
	cases();
	streams();
	fflush(stdout);
	int r = wprintf(L"wprintf %ls %d %s\n", L"\xe9\x20ac", 3, "\xc3\xa9");
	printf("r=%d fwide(stdout)=%d\n", r, fwide(stdout, 0));
	fflush(stdout);
	r = vw(L"vwprintf %d %lc\n", 4, 0x20ac);
	printf("r=%d\n", r);
	return 0;
}
