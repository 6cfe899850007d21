/* strtof and scanf's %f: correctly rounded to float, errno as musl's.
 * Hard cases: decimal strings just above, at and just below a halfway
 * point between two floats (rounding through double first would round
 * them twice), near FLT_MAX, FLT_MIN and the subnormals, and hex input. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

static void show(const char *s)
{
	float f, g = 0;
	errno = 0;
	f = strtof(s, 0);
	int e = errno;
	sscanf(s, "%f", &g);
	printf("%s -> %a errno %d scanf %a\n", s, f, e, g);
}

int main(void)
{
	static const char *fixed[] = {
		"1.000000059604644775390626", "1.000000059604644775390625",
		"1.000000059604644775390624", "16777217.000000000000001", "16777217",
		"33554435", "3.4028235677973366e38", "3.4028235677973367e38", "3.5e38",
		"1.1754942807573643e-38", "1.1754943e-38", "1.4e-45", "7.0064923216240854e-46",
		"7.0064923216240862e-46", "1e-46", "0x1.fffffefp127", "0x1.000001p0",
		"0x1.0000011p0", "0x1p-150", "0x1.8p-149", "-0.0", "inf", "nan", "1e40", 0,
	};
	for (int i = 0; fixed[i]; i++)
		show(fixed[i]);
	/* Halfway points between random neighbouring floats, each exactly a
	 * double, written out in full, then nudged by one digit far down. */
	unsigned x = 12345;
	for (int i = 0; i < 300; i++) {
		x = x * 1103515245u + 12345u;
		unsigned bits = (x >> 1) & 0x7f7fffff;
		float a;
		memcpy(&a, &bits, 4);
		double mid = ((double)a + (double)nextafterf(a, 1e39f)) / 2;
		char buf[1200];
		int n = snprintf(buf, sizeof buf - 4, "%.1000g", mid);
		show(buf);
		if (strchr(buf, 'e') == 0) {
			if (strchr(buf, '.') == 0)
				buf[n++] = '.';
			memcpy(buf + n, "0001", 5);
			show(buf);
		}
	}
	return 0;
}
