/* Evaluates long double erfl, erfcl, tgammal and lgammal_r on the
 * arguments read from stdin, for math_ld_mpmath.py, which checks the
 * results against mpmath.  Each input line is a function name and the 20
 * hex digits of an x87 long double (sign and exponent, then the 64-bit
 * significand); each output line is the result in the same form, then
 * the sign lgammal_r stored (0 for the other functions). */
#include <math.h>
#include <stdio.h>
#include <string.h>

static int parse(const char *hex, long double *x)
{
	unsigned char b[10];

	if (strlen(hex) != 20)
		return 0;
	for (int i = 0; i < 10; i++) {
		unsigned v;
		if (sscanf(hex + 2 * i, "%2x", &v) != 1)
			return 0;
		b[9 - i] = v;
	}
	memset(x, 0, sizeof *x);
	memcpy(x, b, 10);
	return 1;
}

static void put(long double v, int sign)
{
	unsigned char b[10];

	memcpy(b, &v, 10);
	for (int i = 9; i >= 0; i--)
		printf("%02x", b[i]);
	printf(" %d\n", sign);
}

int main(void)
{
	char name[16], hex[32];
	long double x;

	while (scanf("%15s %31s", name, hex) == 2) {
		int sign = 0;
		if (!parse(hex, &x)) {
			fprintf(stderr, "math_ld_eval: error: bad argument '%s'\n", hex);
			return 1;
		}
		if (!strcmp(name, "erfl"))
			put(erfl(x), 0);
		else if (!strcmp(name, "erfcl"))
			put(erfcl(x), 0);
		else if (!strcmp(name, "tgammal"))
			put(tgammal(x), 0);
		else if (!strcmp(name, "lgammal")) {
			long double r = lgammal_r(x, &sign);
			put(r, sign);
		} else {
			fprintf(stderr, "math_ld_eval: error: unknown function '%s'\n", name);
			return 1;
		}
	}
	return 0;
}
