/* wcsftime against musl: every conversion, pad flags, the widths of %C
 * %F %G %Y with '+' (musl 1.2.3's wcsftime widens differently from its
 * strftime), non-ASCII literal characters in the format, results that
 * do not fit (0, cut and terminated), unknown conversions, both
 * locales. */
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <wchar.h>

static void one(const struct tm *tm, size_t n, const wchar_t *fmt, const char *text)
{
	wchar_t buf[200];
	wmemset(buf, 0x2a2a, 200);
	size_t r = wcsftime(buf, n, fmt, tm);
	printf("%-22s n=%3zu r=%3zu [", text, n, r);
	for (int i = 0; i < 200 && buf[i] != 0x2a2a; i++) {
		unsigned c = buf[i];
		if (c >= 0x20 && c < 0x7f)
			printf("%c", c);
		else
			printf("<%x>", c);
	}
	printf("]\n");
}

#define ONE(tm, n, fmt) one(tm, n, fmt, #fmt)

static void all(const struct tm *tm)
{
	ONE(tm, 200, L"%a %A %b %B %h|%c|%C|%d %D %e");
	ONE(tm, 200, L"%F|%g %G|%H %I %j %m %M|%n%t|%p");
	ONE(tm, 200, L"%r|%R|%S %T|%u %U %V %w %W|%x %X");
	ONE(tm, 200, L"%y %Y|%z|%Z|%%|%Ec %OH %Ey");
	ONE(tm, 200, L"%-d|%_d|%0e|%-j|%_H|%-m");
	ONE(tm, 200, L"%6Y|%+6Y|%3C|%+3C|%12F|%+12F|%6G|%+6G");
	ONE(tm, 200, L"%0Y|%+Y|%1Y|%+1C|%02C");
	ONE(tm, 200, L"caf\xe9 \x20ac%Y\x1f600");
}

int main(void)
{
	time_t t = 1700000000;
	struct tm tm = *gmtime(&t);
	struct tm big = tm, neg = tm, zero = tm;
	big.tm_year = 12345 - 1900;
	neg.tm_year = -33 - 1900;
	zero.tm_year = -1900;
	for (int pass = 0; pass < 2; pass++) {
		printf("-- %s\n", pass ? "C.UTF-8" : "C");
		all(&tm);
		all(&big);
		all(&neg);
		all(&zero);
		ONE(&tm, 5, L"%Y");
		ONE(&tm, 4, L"%Y");
		ONE(&tm, 1, L"x");
		ONE(&tm, 0, L"x");
		ONE(&tm, 3, L"\xe9\xe9\xe9");
		ONE(&tm, 4, L"\xe9\xe9\xe9");
		ONE(&tm, 200, L"ab%Qcd");
		ONE(&tm, 200, L"ab%\xe9" L"cd");
		ONE(&tm, 200, L"");
		ONE(&tm, 200, L"%");
		setlocale(LC_ALL, "C.UTF-8");
	}
	return 0;
}
