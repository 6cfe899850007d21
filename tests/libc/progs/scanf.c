/* sscanf: integers, strings, characters, scansets, floats, widths,
 * suppression, %n, and the return value at mismatch and end of input. */
#include <stdio.h>
#include <string.h>
#include <wchar.h>

int main(void)
{
	int a = -1, b = -1, c = -1, n = -1;
	unsigned u = 0;
	long l = 0;
	long long ll = 0;
	short h = 0;
	signed char hh = 0;
	char s1[64] = "", s2[64] = "", ch[4] = "";
	double d = 0, e = 0;
	float f = 0;
	void *p = 0;
	int r;

	r = sscanf("12 -34 +56", "%d %d %d", &a, &b, &c);
	printf("%d: %d %d %d\n", r, a, b, c);
	r = sscanf("0x1f 017 99", "%i %i %i", &a, &b, &c);
	printf("%d: %d %d %d\n", r, a, b, c);
	r = sscanf("ff 777 1010", "%x %o %u", &a, &b, &u);
	printf("%d: %d %d %u\n", r, a, b, u);
	r = sscanf("123456789012 -9000000000000 70000 300", "%ld %lld %hd %hhd", &l, &ll, &h, &hh);
	printf("%d: %ld %lld %d %d\n", r, l, ll, h, hh);
	r = sscanf("hello world", "%s %s", s1, s2);
	printf("%d: [%s] [%s]\n", r, s1, s2);
	r = sscanf("abcdef", "%3s%2s", s1, s2);
	printf("%d: [%s] [%s]\n", r, s1, s2);
	r = sscanf("  xyz", "%c%3c", ch, ch + 1);
	printf("%d: [%.4s]\n", r, ch);
	r = sscanf("key=value;rest", "%[^=]=%[^;];%n", s1, s2, &n);
	printf("%d: [%s] [%s] n=%d\n", r, s1, s2, n);
	r = sscanf("aaabbbccc", "%[ab]%[]c]", s1, s2);
	printf("%d: [%s] [%s]\n", r, s1, s2);
	r = sscanf("3.25 -1e10 0x1.8p1", "%lf %f %le", &d, &f, &e);
	printf("%d: %g %g %g\n", r, d, f, e);
	r = sscanf("1.5e+3xyz", "%lf%s", &d, s1);
	printf("%d: %g [%s]\n", r, d, s1);
	r = sscanf("inf nan", "%lf %le", &d, &e);
	printf("%d: %g %g\n", r, d, e);
	r = sscanf("12345", "%2d%3d", &a, &b);
	printf("%d: %d %d\n", r, a, b);
	r = sscanf("10 20 30", "%d %*d %d", &a, &b);
	printf("%d: %d %d\n", r, a, b);
	r = sscanf("42abc", "%d%n", &a, &n);
	printf("%d: %d n=%d\n", r, a, n);
	r = sscanf("abc", "%d", &a);
	printf("mismatch %d\n", r);
	r = sscanf("", "%d", &a);
	printf("empty %d\n", r);
	r = sscanf("   ", "%d", &a);
	printf("spaces %d\n", r);
	r = sscanf("5", "%d %d", &a, &b);
	printf("short %d\n", r);
	r = sscanf("100%", "%d%%", &a);
	printf("percent %d %d\n", r, a);
	r = sscanf("x:1", "y:%d", &a);
	printf("literal mismatch %d\n", r);
	r = sscanf("0x7ffe1234", "%p", &p);
	printf("%d: %p\n", r, p);
	r = sscanf("-0x10", "%x", &u);
	printf("%d: %x\n", r, u);
	r = sscanf("  12  ,  34", "%d ,%d", &a, &b);
	printf("%d: %d %d\n", r, a, b);
	/* Return values as musl: EOF after only suppressed conversions,
	 * matching failures inside a number, and format errors. */
	r = sscanf("10", "%*d %d", &a);
	printf("suppressed then eof %d\n", r);
	r = sscanf("0xg", "%x%s", &u, s1);
	printf("0xg %d\n", r);
	r = sscanf("1e+", "%lf", &d);
	printf("1e+ %d\n", r);
	r = sscanf("12 34", "%2$d %1$d", &a, &b);
	printf("positional %d: %d %d\n", r, a, b);
	r = sscanf("abcdef-", "%[a-c-e]%n", s1, &n);
	printf("%d: [%s] n=%d\n", r, s1, n);
	r = sscanf("ab", "%5c", ch);
	printf("short %%5c %d\n", r);
	r = sscanf("1.5", "%hf", &f);
	printf("%%hf %d\n", r);
	r = sscanf("7", "%", &a);
	printf("bad format %d\n", r);
	r = sscanf("7 8", "%d %", &a);
	printf("bad format after a match %d\n", r);
	r = sscanf("-0 -0x0p0 0x1.fffffffffffff8p1023", "%lf %lf %lf", &d, &e, &e);
	printf("%d: %g %g\n", r, d, e);
	/* Wide conversions: one wchar_t per byte (the "C" locale). */
	wchar_t ws[16] = { 0 }, wc[4] = { 0 };
	r = sscanf("ab\xc3\xa9 xyz", "%ls %3lc", ws, wc);
	printf("%d:", r);
	for (int i = 0; i < 5; i++)
		printf(" %x", (unsigned)ws[i]);
	printf(" |");
	for (int i = 0; i < 4; i++)
		printf(" %x", (unsigned)wc[i]);
	printf("\n");
	r = sscanf("q-r", "%S%n", ws, &n);
	printf("%d: %x %x %x %x n=%d\n", r, (unsigned)ws[0], (unsigned)ws[1], (unsigned)ws[2], (unsigned)ws[3], n);
	return 0;
}
