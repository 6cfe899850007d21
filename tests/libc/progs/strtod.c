/* strtod: correctly rounded decimal and hex input, special values,
 * overflow and underflow, end pointers. */
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <string.h>

int main(void)
{
	const char *inputs[] = { "0", "-0", "1", "1.", ".5", ".", "-.5e1", "1e", "1e+", "1e-2x", "  3.25abc",
		"0.1", "0.2", "0.3", "1.7976931348623157e308", "1.7976931348623158e308",
		"1.7976931348623159e308", "1e309", "-1e309", "4.9406564584124654e-324", "2.4703282292062327e-324",
		"2.4703282292062328e-324", "2e-324", "1e-400", "2.2250738585072011e-308",
		"2.2250738585072014e-308", "9007199254740993", "9007199254740992.5", "9007199254740993.0000000001",
		"123456789012345678901234567890", "0.000000000000000000000000000001234567890123456789",
		"3.14159265358979323846264338327950288", "2.71828182845904523536", "1e23", "8.5e-5",
		"inf", "-INF", "infinity", "Infinity", "infinit", "nan", "NaN", "nan(123)", "nan(", "-nan",
		"0x1p0", "0x1.8p1", "0X.8P-1", "0x1.fffffffffffffp1023", "0x1p-1074", "0x1p-1075", "0x3p-1076",
		"0x1.00000000000008p0", "0x1.000000000000081p0", "0x", "0x.p1", "0xg", "1e-5", "100000000000000000000000000000000000000e-20",
		"7.2057594037927933e16", "1.00000000000000011102230246251565404236316680908203125",
		"1.00000000000000011102230246251565404236316680908203124",
		"1.00000000000000011102230246251565404236316680908203126", "4.35e-320", "   +1.5e+3" };

	for (unsigned i = 0; i < sizeof inputs / sizeof *inputs; i++) {
		char *end;
		errno = 0;
		double d = strtod(inputs[i], &end);
		/* ERANGE is compared for results of 0 and infinity only (C lets
		 * subnormal results go either way). */
		int e = (d == 0 || d - d != 0) && errno == ERANGE;
		printf("'%s' -> %a %.17g end=%ld erange=%d\n", inputs[i], d, d, (long)(end - inputs[i]), e);
		printf("   atof %.17g strtof %a\n", atof(inputs[i]), (double)strtof(inputs[i], 0));
	}
	/* many digits */
	char big[2000];
	memset(big, '9', 1500);
	big[0] = '0';
	big[1] = '.';
	big[1500] = 0;
	printf("%a\n", strtod(big, 0));
	memset(big, '1', 1500);
	strcpy(big + 1500, "e-1200");
	printf("%a\n", strtod(big, 0));
	/* round trip of printed values */
	unsigned long long x = 88172645463325252ULL;
	int bad = 0;
	for (int i = 0; i < 20000; i++) {
		x ^= x << 13; x ^= x >> 7; x ^= x << 17;
		double v;
		memcpy(&v, &x, 8);
		if (v != v || v - v != 0)
			continue;
		char buf[64];
		snprintf(buf, sizeof buf, "%.17g", v);
		if (strtod(buf, 0) != v)
			bad++;
		snprintf(buf, sizeof buf, "%.15g", v);
		printf(i % 500 ? "" : "%s %a\n", buf, strtod(buf, 0));
	}
	printf("round trip failures: %d\n", bad);
	return 0;
}
