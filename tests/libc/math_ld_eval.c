/* Evaluates minilibc's long double functions on the arguments read from
 * stdin, for math_ld_mpmath.py, which checks the results against
 * mpmath.  Each input line is a function name and one or two arguments,
 * each the 20 hex digits of an x87 long double (sign and exponent, then
 * the 64-bit significand); each output line is the result in the same
 * form, then the sign lgammal_r stored (0 for the other functions). */
#include <math.h>
#include <stdio.h>
#include <string.h>

typedef long double (*unary)(long double);
typedef long double (*binary)(long double, long double);

static long double lgamma_sign;

static long double lgamma_signed(long double x)
{
	int sign;
	long double r = lgammal_r(x, &sign);

	lgamma_sign = sign;
	return r;
}

static const struct {
	const char *name;
	unary f1;
	binary f2;
} fns[] = {
	{"sinl", sinl}, {"cosl", cosl}, {"tanl", tanl},
	{"asinl", asinl}, {"acosl", acosl}, {"atanl", atanl},
	{"sinhl", sinhl}, {"coshl", coshl}, {"tanhl", tanhl},
	{"asinhl", asinhl}, {"acoshl", acoshl}, {"atanhl", atanhl},
	{"expl", expl}, {"exp2l", exp2l}, {"expm1l", expm1l},
	{"logl", logl}, {"log2l", log2l}, {"log10l", log10l}, {"log1pl", log1pl},
	{"cbrtl", cbrtl}, {"sqrtl", sqrtl},
	{"erfl", erfl}, {"erfcl", erfcl}, {"tgammal", tgammal}, {"lgammal", lgamma_signed},
	{"atan2l", 0, atan2l}, {"powl", 0, powl}, {"hypotl", 0, hypotl},
};

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

static int bad(const char *what, const char *s)
{
	fprintf(stderr, "math_ld_eval: error: %s '%s'\n", what, s);
	return 1;
}

int main(void)
{
	char line[128], name[16], hex[2][32];

	while (fgets(line, sizeof line, stdin)) {
		int n = sscanf(line, "%15s %31s %31s", name, hex[0], hex[1]) - 1;
		long double x[2];
		size_t i = 0;

		while (i < sizeof fns / sizeof fns[0] && strcmp(fns[i].name, name))
			i++;
		if (i == sizeof fns / sizeof fns[0])
			return bad("unknown function", name);
		if (n != (fns[i].f1 ? 1 : 2))
			return bad("wrong number of arguments for", name);
		for (int k = 0; k < n; k++)
			if (!parse(hex[k], &x[k]))
				return bad("bad argument", hex[k]);
		lgamma_sign = 0;
		long double r = fns[i].f1 ? fns[i].f1(x[0]) : fns[i].f2(x[0], x[1]);
		put(r, (int)lgamma_sign);
	}
	return 0;
}
