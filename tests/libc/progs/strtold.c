/* strtold (and the scanners sharing its engine: sscanf/fscanf %Lf %Le
 * %Lg %La, swscanf, wcstold; strtod beside it): correctly rounded to the
 * x87 64-bit significand, with errno and end pointers.  Edges of the
 * range (LDBL_MAX, LDBL_MIN, subnormals down to 2^-16445, overflow and
 * underflow), hex input, inf/nan, very long inputs, and exact halfway
 * points between neighbouring long doubles and doubles written out in
 * full (thousands of digits for the small ones), then just above and
 * below them.  Results are printed with %La and errno. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <stdint.h>
#include <float.h>
#include <wchar.h>

#define XORSHIFT_SEED 0x2545f4914f6cdd1dULL
#include "xorshift.h"

static long double from_bits(int exp, uint64_t m)
{
	union { long double f; struct { uint64_t m; uint16_t se; } i; } u;

	u.f = 0;
	u.i.m = m;
	u.i.se = (uint16_t)exp;
	return u.f;
}

static void show(const char *what, const char *s)
{
	char *end;
	errno = 0;
	long double x = strtold(s, &end);
	int e1 = errno;
	errno = 0;
	double d = strtod(s, 0);
	printf("%s [%.40s] %La errno=%d end=%td | strtod %a errno=%d\n", what, s, x, e1,
	       end - s, d, errno);
}

/* a + b for two fixed-point decimal strings with the same number of
 * digits after the point (as %.NLf prints them), into out. */
static void add_fixed(const char *a, const char *b, char *out)
{
	size_t la = strlen(a), lb = strlen(b), n = la > lb ? la : lb;
	int carry = 0;

	out[n + 1] = 0;
	for (size_t i = 0; i < n; i++) {
		char ca = i < la ? a[la - 1 - i] : '0', cb = i < lb ? b[lb - 1 - i] : '0';
		if (ca == '.') {
			out[n - i] = '.';
			continue;
		}
		int s = (ca - '0') + (cb - '0') + carry;
		out[n - i] = (char)('0' + s % 10);
		carry = s / 10;
	}
	out[0] = (char)('0' + carry);
}

static char bufx[20000], bufh[20000], mid[20100];

/* The last digit of decimal string s, less one (borrowing as needed). */
static void decrement(char *s)
{
	for (char *p = s + strlen(s) - 1; p >= s; p--) {
		if (*p == '.')
			continue;
		if (*p != '0') {
			(*p)--;
			return;
		}
		*p = '9';
	}
}

/* Decimal string s divided by two (exact when its last digit is even). */
static void halve(char *s)
{
	int rem = 0;

	for (char *p = s; *p; p++) {
		if (*p == '.')
			continue;
		int v = rem * 10 + (*p - '0');
		*p = (char)('0' + v / 2);
		rem = v % 2;
	}
}

/* The halfway point between positive x and the next long double above
 * (ulp 2^e), exactly, then just above and just below it. */
static void midpoints_ld(const char *what, long double x, int e)
{
	int frac = e - 1 < 0 ? 1 - e : 0;
	long double ulp = e >= -16382 ? from_bits(e + 16383, 1ULL << 63)
	                              : from_bits(0, 1ULL << (e + 16445));

	snprintf(bufx, sizeof bufx, "%.*Lf", frac, x);
	snprintf(bufh, sizeof bufh, "%.*Lf", frac, ulp);
	halve(bufh);
	add_fixed(bufx, bufh, mid);
	show(what, mid);
	size_t n = strlen(mid);
	strcpy(mid + n, frac ? "0000000000000000000001" : ".0000000000000000000001");
	show(what, mid);
	mid[n] = 0;
	decrement(mid);
	strcpy(mid + n, frac ? "9999999999999999999999" : ".9999999999999999999999");
	show(what, mid);
}

/* The same for doubles and strtod. */
static void midpoints_d(double x)
{
	union { double d; uint64_t u; } v = { x }, nx;
	nx.u = v.u + 1;
	int e = (int)(v.u >> 52) - 1075;
	if (!(v.u >> 52))
		e = -1074;
	int frac = e - 1 < 0 ? 1 - e : 0;
	snprintf(bufx, sizeof bufx, "%.*f", frac, x);
	snprintf(bufh, sizeof bufh, "%.*Lf", frac, from_bits(e - 1 + 16383, 1ULL << 63));
	add_fixed(bufx, bufh, mid);
	errno = 0;
	double d = strtod(mid, 0);
	int e1 = errno;
	strcat(mid, frac ? "000000000000000001" : ".000000000000000001");
	errno = 0;
	double u = strtod(mid, 0);
	printf("double tie %a/%a: %a errno=%d, above %a errno=%d\n", x, nx.d, d, e1, u, errno);
}

static long double random_ld(void)
{
	uint64_t r = next(), m = next();
	int exp = (int)(r % 32766) + 1;

	if (r % 9 == 0)
		return from_bits(0, m >> (r >> 58));          /* subnormal */
	if (r % 5 == 0)
		exp = 16383 + (int)(r >> 40) % 200 - 100;     /* near 1 */
	return from_bits(exp, m | 1ULL << 63);
}

/* The exponent of the ulp of positive x. */
static int ulp_exp(long double x)
{
	union { long double f; struct { uint64_t m; uint16_t se; } i; } u = { x };
	return u.i.se ? u.i.se - 16383 - 63 : -16445;
}

int main(void)
{
	static const char *in[] = {
		"0", "-0", "0.1", "0.2", "0.3", "-0.1", "1e-1", ".1", "1.", "1e", "1e+", "1e-x",
		"  \t+2.5e+3xyz", "3.14159265358979323846264338327950288419716939937510",
		"2.71828182845904523536028747135266249775724709369995",
		"18446744073709551615", "18446744073709551616", "18446744073709551617",
		"36893488147419103231", "9223372036854775807.5", "9223372036854775808.5",
		"1e18", "1e19", "1e20", "1e27", "1e28", "1e-27", "1e-28", "123456789e-27",
		"1234567890123456789e27", "1234567890123456789e-27", "12345678901234567890e10",
		"1e4931", "1e4932", "1.18973149535723176502e4932", "1.18973149535723176508575932662800702e4932",
		"1.189731495357231765e4932", "1.1897314953572317650e4932", "1.1897314953572317651e4932",
		"1.19e4932", "1e4933", "1e4934", "1e4935", "1e5000", "-1e5000", "1e100000", "1e9999999999",
		"3.36210314311209350626e-4932", "3.3621031431120935062e-4932", "3.3621031431120935063e-4932",
		"3.36210314311209350625e-4932", "1.68105157155604675313e-4932", "1e-4940", "1e-4950",
		"3.64519953188247460253e-4951", "3.6e-4951", "3.7e-4951", "3.645199531882474602528e-4951",
		"1.8225997659412373012e-4951", "1.8225997659412373013e-4951", "1.82259976594123730126e-4951",
		"5.4677993e-4951", "5.4677994e-4951", "7.29e-4951", "1e-4951", "2e-4951", "1e-4952",
		"1e-5000", "-1e-5000", "1e-100000", "1e-9999999999", "0e100000", "0.000e-99999",
		"0x1p0", "0x1.8p1", "-0x1.fffffffffffffffep16383", "0x1.fffffffffffffffe8p16383",
		"0x1.fffffffffffffffe7ffp16383", "0x1.fffffffffffffffffp16383", "0x1p16383", "0x1p16384",
		"0x1p16476", "0x1p16477", "0x1p16478", "0x.1p16480", "0x10p16473", "0x1p-16382",
		"0x1p-16383", "0x1.8p-16444", "0x1p-16445", "0x1p-16446", "0x1.0000000001p-16446",
		"0x1.8p-16446", "0x1p-16447", "0x1p-20000", "0x3p-16446", "0x1.00000000000000008p0",
		"0x1.00000000000000018p0", "0x1.000000000000000080000000001p0",
		"0x1.123456789abcdef0123456789p0", "0x123456789abcdef0123456789", "0x.000000000001p-16380",
		"0x913b1.14ccdp-1164", "0x1p-1076", "0x1.8p-1076", "0x1p-1170", "0x1p-1171", "0x10p-1175",
		"0x1ff5c76657d98.6p-16537", "0x1.8p-16447", "0x1p-16540", "0x1p-16541", "0x.01p-16533",
		"0x1.8p-1174", "0x1.8p-1175", "0x.3p-1170", "0x3p-16545", "0x3p-16546", "0x.3p-16541",
		"0x", "0xg", "0x.p1", "0x1p", "0x1p+", "0X1P-1", "inf", "-INF", "infinity", "infinit",
		"nan", "NAN(abc_1)", "nan(", "-nan", ".", "-.", "", "e5", "+", "1.5e+4932x",
		"1.00000000000000000005421010862427522170037264004349708557128906250",
		"1.0000000000000000000542101086242752217003726400434970855712890625",
		"1.00000000000000000005421010862427522170037264004349708557128906251",
		"1.00000000000000000005421010862427522170037264004349708557128906249",
		"1.0000000000000000001626303258728256651011179201304912567138671875",
		"0.99999999999999999997289494568786238914981367997825145721435546875",
		"0.999999999999999999972894945687862389149813679978251457214355468751",
	};

	for (size_t i = 0; i < sizeof in / sizeof *in; i++)
		show("fixed", in[i]);

	/* Long inputs: many digits, exponents far beyond the range. */
	static char big[30000];
	struct { char digit; int len; const char *tail; } longs[] = {
		{ '1', 800, "" }, { '9', 800, "e-5000" }, { '3', 1500, "e-6000" }, { '7', 12000, "e-16945" },
		{ '1', 5000, "e-9900" }, { '9', 4930, "" }, { '9', 4933, "" }, { '2', 20000, "e-24950" },
	};
	for (size_t i = 0; i < sizeof longs / sizeof *longs; i++) {
		memset(big, longs[i].digit, longs[i].len);
		strcpy(big + longs[i].len, longs[i].tail);
		show("long", big);
		big[0] = '0';
		big[1] = '.';
		show("long", big);
	}
	/* 0.000...0001 with the 1 at 10^-k, scaled back by e+k. */
	int ks[] = { 100, 5000, 16000 };
	for (int i = 0; i < 3; i++) {
		strcpy(big, "0.");
		memset(big + 2, '0', ks[i] - 1);
		sprintf(big + 1 + ks[i], "1e%d", ks[i] - 4951);
		show("zeros", big);
		sprintf(big + 1 + ks[i], "1e%d", ks[i] + 4932);
		show("zeros", big);
		sprintf(big + 1 + ks[i], "123456789012345678901234567890e%d", ks[i] + 10);
		show("zeros", big);
	}

	/* Halfway points, written out exactly. */
	long double edges[] = { 1.0L, 0.1L, 3.0L, 1e300L, 1e-300L, LDBL_MAX, LDBL_MIN,
		from_bits(16383 + 16382, ~0ULL), from_bits(1, 1ULL << 63), from_bits(0, ~0ULL >> 1),
		from_bits(0, 1), from_bits(0, 2), from_bits(0, 3), from_bits(0, 12345),
		18446744073709551615.0L, 9223372036854775808.0L };
	for (size_t i = 0; i < sizeof edges / sizeof *edges; i++)
		midpoints_ld("tie", edges[i], ulp_exp(edges[i]));
	for (int i = 0; i < 60; i++) {
		long double x = random_ld();
		midpoints_ld("rtie", x, ulp_exp(x));
	}
	double dedges[] = { 1.0, 0.1, 1e300, 1e-300, DBL_MAX, DBL_MIN, 0x1p-1074, 0x1.8p-1073,
		0x1.fffffffffffffp-1023, 9007199254740991.0 };
	for (size_t i = 0; i < sizeof dedges / sizeof *dedges; i++)
		midpoints_d(dedges[i]);
	for (int i = 0; i < 40; i++) {
		union { uint64_t u; double d; } v = { next() >> 1 };
		if (v.u >> 52 == 0x7ff)
			continue;
		midpoints_d(v.d);
	}

	/* Round trips with 21 significant digits, and random decimal text. */
	int bad = 0;
	for (int i = 0; i < 20000; i++) {
		long double x = random_ld();
		char b[64];
		snprintf(b, sizeof b, "%.20Le", x);
		if (strtold(b, 0) != x)
			bad++;
	}
	printf("round trip failures: %d\n", bad);
	for (int i = 0; i < 600; i++) {
		char b[128];
		uint64_t r = next();
		int nd = 1 + (int)(r % 40), n = 0;
		for (int k = 0; k < nd; k++) {
			b[n++] = (char)('0' + next() % 10);
			if (k == 0 && nd > 1 && (r >> 8) % 3 == 0)
				b[n++] = '.';
		}
		int e = (int)((r >> 16) % 9960) - 4990;
		if (i % 3 == 0)
			e = (int)((r >> 16) % 80) - 40;
		sprintf(b + n, "e%d", e);
		show("rand", b);
	}
	for (int i = 0; i < 200; i++) {
		char b[128];
		uint64_t r = next(), m = next();
		int e = (int)((r >> 16) % 33000) - 16500;
		int digits = 1 + (int)(r % 30);
		int n = sprintf(b, "0x%llx", (unsigned long long)m);
		if (n > digits + 2)
			n = digits + 2;
		sprintf(b + n, "p%d", e);
		show("hex", b);
	}

	/* The scanf family and wcstold share the engine. */
	const char *scan_in[] = { "0.1", "1e-4951", "3.6e-4951", "1e5000", "0x1.8p-16445",
		"18446744073709551617", "-inf", "nan", "1.18973149535723176502e+4932", "1e" };
	for (size_t i = 0; i < sizeof scan_in / sizeof *scan_in; i++) {
		long double a = -1, b = -1, c = -1, d = -1;
		double dd = -1;
		float ff = -1;
		errno = 0;
		int n = sscanf(scan_in[i], "%Lf", &a);
		int e1 = errno;
		sscanf(scan_in[i], "%Le", &b);
		sscanf(scan_in[i], "%LG", &c);
		sscanf(scan_in[i], "%La", &d);
		sscanf(scan_in[i], "%lf", &dd);
		sscanf(scan_in[i], "%f", &ff);
		printf("sscanf [%s] %d %La errno=%d %La %La %La | %a %a\n", scan_in[i], n, a, e1, b,
		       c, d, dd, (double)ff);
	}
	long double w1 = 0, w2 = 0, w3 = 0;
	int cnt = sscanf("0.12345678901234567890123 7.5e-4950x 123456", "%Lf %4Le%Lg", &w1, &w2,
			 &w3);
	printf("widths %d %La %La %La\n", cnt, w1, w2, w3);
	memset(big, '9', 3000);
	strcpy(big + 3000, "e-7951 0.3");
	cnt = sscanf(big, "%Lf %Lf", &w1, &w2);
	printf("long scan %d %La %La\n", cnt, w1, w2);
	FILE *f = fmemopen(big, strlen(big), "r");
	if (f) {
		cnt = fscanf(f, "%Lg%Lg", &w1, &w2);
		printf("fscanf %d %La %La\n", cnt, w1, w2);
		fclose(f);
	}
	cnt = swscanf(L" 2.5e-4950 0x1p-16445", L"%Lf %La", &w1, &w2);
	printf("swscanf %d %La %La\n", cnt, w1, w2);
	const wchar_t *ws[] = { L"  0.1", L"1e-4951", L"3.3621031431120935062e-4932z", L"0x1.8p-16445",
		L"1e5000", L"inf", L"x" };
	for (size_t i = 0; i < sizeof ws / sizeof *ws; i++) {
		wchar_t *end;
		errno = 0;
		long double x = wcstold(ws[i], &end);
		printf("wcstold %La errno=%d end=%td\n", x, errno, end - ws[i]);
	}
	return 0;
}
