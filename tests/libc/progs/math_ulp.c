/* Inputs and results for the math accuracy test (math_ulp.bats): every
 * function on a list of special values and on pseudo-random arguments
 * (a fixed xorshift seed, so every build sees the same inputs), one line
 * each: kind, function, argument and result bit patterns, errno.
 * Built against musl and against minilibc; tests/libc/math_ulp_check.c
 * compares the two outputs with a higher-precision reference.
 *   math_ulp [random inputs per range]        (default 4000) */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef double (*Fn1)(double);
typedef double (*Fn2)(double, double);
typedef float (*FnF1)(float);
typedef float (*FnF2)(float, float);

struct unary { const char *name; Fn1 fn; double lo, hi; };
struct binary { const char *name; Fn2 fn; double xlo, xhi, ylo, yhi; };

#define XORSHIFT_SEED 0x9e3779b97f4a7c15ULL
#include "xorshift.h"

static uint64_t bits(double x)
{
	uint64_t u;
	memcpy(&u, &x, sizeof u);
	return u;
}

static double from_bits(uint64_t u)
{
	double x;
	memcpy(&x, &u, sizeof x);
	return x;
}

/* Uniform in [lo, hi]. */
static double uniform(double lo, double hi)
{
	return lo + (hi - lo) * ((next() >> 11) * 0x1p-53);
}

/* Any finite double, every exponent equally likely. */
static double any_double(void)
{
	double x;
	do
		x = from_bits(next());
	while (!isfinite(x));
	return x;
}

static const double specials[] = {
	0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 10.0, 0.1, 1e-300, -1e-300,
	0x1p-1074, -0x1p-1074, 0x1p-1022, 0x1.fffffffffffffp1023, -0x1.fffffffffffffp1023,
	0x1p-30, -0x1p-30, 0x1p-60, 1.0000000000000002, 0.9999999999999999, -0.9999999999999999,
	709.782712893384, 709.7827128933841, -745.1332191019411, -745.1332191019412, 1024.0,
	-1075.0, 22.0, 710.5, 1e22, 1e300, -1e300, 3.141592653589793, 1.5707963267948966,
	0.7853981633974483, 6381956970095103.0 * 0x1p797, 0x1p1023, 1e16, 0.25, 4.0, 27.0, -8.0,
	INFINITY, -INFINITY, NAN, -NAN,
};
#define NSPECIALS (sizeof specials / sizeof *specials)

static const struct unary unaries[] = {
	{ "exp", exp, -750, 712 }, { "exp2", exp2, -1080, 1025 }, { "expm1", expm1, -40, 710 },
	{ "log", log, 0, 4 }, { "log2", log2, 0, 4 }, { "log10", log10, 0, 4 },
	{ "log1p", log1p, -1, 4 }, { "sin", sin, -10, 10 }, { "cos", cos, -10, 10 },
	{ "tan", tan, -10, 10 }, { "asin", asin, -1, 1 }, { "acos", acos, -1, 1 },
	{ "atan", atan, -10, 10 }, { "sinh", sinh, -712, 712 }, { "cosh", cosh, -712, 712 },
	{ "tanh", tanh, -20, 20 }, { "asinh", asinh, -10, 10 }, { "acosh", acosh, 1, 10 },
	{ "atanh", atanh, -1, 1 }, { "cbrt", cbrt, -100, 100 }, { "erf", erf, -6, 6 },
	{ "erfc", erfc, -6, 28 }, { "tgamma", tgamma, -180, 172 }, { "lgamma", lgamma, -100, 1000 },
};

/* The float functions, each with the range of its double version. */
static const FnF1 float_unaries[] = {
	expf, exp2f, expm1f, logf, log2f, log10f, log1pf, sinf, cosf, tanf, asinf, acosf,
	atanf, sinhf, coshf, tanhf, asinhf, acoshf, atanhf, cbrtf, erff, erfcf, tgammaf, lgammaf,
};
static const FnF2 float_binaries[] = { powf, atan2f, hypotf };

static const struct binary binaries[] = {
	{ "pow", pow, 0, 10, -100, 100 }, { "atan2", atan2, -10, 10, -10, 10 },
	{ "hypot", hypot, -1e5, 1e5, -1e5, 1e5 },
};

static void show1(char kind, const char *name, Fn1 fn, double x)
{
	errno = 0;
	double r = fn(x);
	int e = errno;
	printf("%c %s %016llx %016llx %d\n", kind, name, (unsigned long long)bits(x),
	       (unsigned long long)bits(r), e);
}

static void show2(char kind, const char *name, Fn2 fn, double x, double y)
{
	errno = 0;
	double r = fn(x, y);
	int e = errno;
	printf("%c %s %016llx %016llx %016llx %d\n", kind, name, (unsigned long long)bits(x),
	       (unsigned long long)bits(y), (unsigned long long)bits(r), e);
}

/* Arguments where the function is hard: near the points it cannot be
 * computed naively (multiples of pi/2, 1 for the logarithms). */
static double hard_argument(const char *name)
{
	if (!strcmp(name, "sin") || !strcmp(name, "cos") || !strcmp(name, "tan")) {
		double k = (double)(next() % 2000000) - 1000000;
		return k * 1.5707963267948966 + from_bits(bits(1.0) + next() % 5) - 1;
	}
	if (strstr(name, "gamma"))
		return uniform(-8, 3);
	if (!strncmp(name, "log", 3))
		return 1 + uniform(-0x1p-20, 0x1p-20);
	return uniform(-1e-5, 1e-5);
}

static void unary_tests(int count)
{
	for (size_t f = 0; f < sizeof unaries / sizeof *unaries; f++) {
		const struct unary *u = &unaries[f];
		for (size_t i = 0; i < NSPECIALS; i++)
			show1('S', u->name, u->fn, specials[i]);
		for (int i = 0; i < count; i++) {
			show1('R', u->name, u->fn, uniform(u->lo, u->hi));
			show1('R', u->name, u->fn, any_double());
			show1('R', u->name, u->fn, hard_argument(u->name));
		}
	}
}

static void binary_tests(int count)
{
	for (size_t f = 0; f < sizeof binaries / sizeof *binaries; f++) {
		const struct binary *b = &binaries[f];
		for (size_t i = 0; i < NSPECIALS; i++)
			for (size_t j = 0; j < NSPECIALS; j++)
				show2('S', b->name, b->fn, specials[i], specials[j]);
		for (int i = 0; i < count; i++) {
			show2('R', b->name, b->fn, uniform(b->xlo, b->xhi), uniform(b->ylo, b->yhi));
			show2('R', b->name, b->fn, any_double(), any_double());
			show2('R', b->name, b->fn, fabs(any_double()), uniform(-4, 4));
		}
	}
	/* pow near 1 with large exponents: results across the whole range. */
	for (int i = 0; i < count; i++) {
		double x = 1 + uniform(-0x1p-12, 0x1p-12), y = uniform(-7e6, 7e6);
		show2('R', "pow", pow, x, y);
		show2('R', "pow", pow, -uniform(0, 4), (double)(int64_t)(next() % 200) - 100);
	}
}

/* Float results are printed as the bits of the (exact) double. */
static void showf1(char kind, const char *name, FnF1 fn, float x)
{
	errno = 0;
	float r = fn(x);
	int e = errno;
	printf("%c %sf %016llx %016llx %d\n", kind, name, (unsigned long long)bits(x),
	       (unsigned long long)bits(r), e);
}

static void showf2(char kind, const char *name, FnF2 fn, float x, float y)
{
	errno = 0;
	float r = fn(x, y);
	int e = errno;
	printf("%c %sf %016llx %016llx %016llx %d\n", kind, name, (unsigned long long)bits(x),
	       (unsigned long long)bits(y), (unsigned long long)bits(r), e);
}

/* Any finite float, every exponent equally likely. */
static float any_float(void)
{
	float x;
	do {
		uint32_t u = next() >> 32;
		memcpy(&x, &u, sizeof x);
	} while (!isfinite(x));
	return x;
}

static void float_tests(int count)
{
	for (size_t f = 0; f < sizeof float_unaries / sizeof *float_unaries; f++) {
		const struct unary *u = &unaries[f];
		for (size_t i = 0; i < NSPECIALS; i++)
			showf1('S', u->name, float_unaries[f], specials[i]);
		for (int i = 0; i < count; i++) {
			showf1('R', u->name, float_unaries[f], uniform(u->lo, u->hi));
			showf1('R', u->name, float_unaries[f], any_float());
		}
	}
	for (size_t f = 0; f < sizeof float_binaries / sizeof *float_binaries; f++) {
		const struct binary *b = &binaries[f];
		for (size_t i = 0; i < NSPECIALS; i++)
			for (size_t j = 0; j < NSPECIALS; j++)
				showf2('S', b->name, float_binaries[f], specials[i], specials[j]);
		for (int i = 0; i < count; i++) {
			showf2('R', b->name, float_binaries[f], uniform(b->xlo, b->xhi),
			       uniform(b->ylo, b->yhi));
			showf2('R', b->name, float_binaries[f], any_float(), any_float());
		}
	}
}

typedef long double (*FnL1)(long double);
typedef long double (*FnL2)(long double, long double);

static const FnL1 ld_unaries[] = {
	expl, exp2l, expm1l, logl, log2l, log10l, log1pl, sinl, cosl, tanl, asinl, acosl,
	atanl, sinhl, coshl, tanhl, asinhl, acoshl, atanhl, cbrtl, erfl, erfcl, tgammal, lgammal,
};
static const FnL2 ld_binaries[] = { powl, atan2l, hypotl };

/* A long double as 20 hex digits: sign and exponent, then significand. */
static void put_ld(long double v)
{
	unsigned char b[10];
	memcpy(b, &v, 10);
	putchar(' ');
	for (int i = 9; i >= 0; i--)
		printf("%02x", b[i]);
}

/* d with its 11 low bits below the double's filled at random. */
static long double widen(double d)
{
	return d + d * 0x1p-53L * (long double)((next() >> 53) * 0x1p-11L);
}

static void showl(const char *name, FnL1 f1, FnL2 f2, long double x, long double y)
{
	errno = 0;
	long double r = f1 ? f1(x) : f2(x, y);
	int e = errno;
	printf("R %sl", name);
	put_ld(x);
	if (f2)
		put_ld(y);
	put_ld(r);
	printf(" %d\n", e);
}

/* Long double functions on long double arguments (random ranges only:
 * their special cases are those of the double versions). */
static void ld_tests(int count)
{
	for (size_t f = 0; f < sizeof ld_unaries / sizeof *ld_unaries; f++) {
		const struct unary *u = &unaries[f];
		for (int i = 0; i < count; i++) {
			showl(u->name, ld_unaries[f], 0, widen(uniform(u->lo, u->hi)), 0);
			showl(u->name, ld_unaries[f], 0, widen(hard_argument(u->name)), 0);
		}
	}
	for (size_t f = 0; f < sizeof ld_binaries / sizeof *ld_binaries; f++) {
		const struct binary *b = &binaries[f];
		for (int i = 0; i < count; i++)
			showl(b->name, 0, ld_binaries[f], widen(uniform(b->xlo, b->xhi)),
			      widen(uniform(b->ylo, b->yhi)));
	}
}

/* The edges of the double fast paths of exp, log, sin, cos and pow
 * (minilibc/src/math/fast.h): arguments on and next to their table and
 * reduction interval boundaries, the thresholds where they hand over to
 * the long double functions, and results near the ends of their range.
 * Last, so the inputs of the other tests stay the same. */
static double nudge(double x)
{
	return from_bits(bits(x) + next() % 7 - 3);
}

/* log x to about 1e-15 without the library, so both builds agree. */
static double own_log(double x)
{
	int e;
	double m = frexp(x, &e), u = (m - 1) / (m + 1), u2 = u * u, sum = 0;
	for (int k = 41; k >= 1; k -= 2)
		sum = sum * u2 + 1.0 / k;
	return e * 0.6931471805599453 + 2 * u * sum;
}

static void fast_path_edges(int count)
{
	const double ln2_256 = 0x1.62e42fefa39efp-9, pi_128 = 0x1.921fb54442d18p-6;
	for (int i = 0; i < count; i++) {
		double j = (double)(int64_t)(next() % 522000) - 261000;
		show1('R', "exp", exp, nudge((j + 0.5) * ln2_256));
		show1('R', "exp", exp, nudge(i & 1 ? (i & 2 ? -708.39 : 709.78) : (i & 2 ? -1 : 1) * 0x1p-28));
		show1('R', "exp", exp, (i & 1 ? -1 : 1) * uniform(707, 710));
		/* log: the 128 intervals of the significand, at any exponent;
		 * around 1 and the ends of [0.6855, 1.371); the least normals */
		uint64_t z = 0x3fe5f00000000000u + ((next() % 128) << 45) + next() % 5 - 2;
		show1('R', "log", log, ldexp(from_bits(z), (int)(next() % 2000) - 1000));
		show1('R', "log", log, 1 + uniform(-0x1p-7, 0x1p-6));
		show1('R', "log", log, nudge(i & 1 ? 0x1.5fp-1 : 0x1.5fp0));
		show1('R', "log", log, from_bits(0x0010000000000000u + next() % 4096));
		/* sin, cos: the pi/128 steps, multiples of pi, the thresholds */
		double n = (double)(int64_t)(next() % 83000) - 41500;
		double t = nudge((n + (i & 1 ? 0.5 : 0)) * pi_128);
		double m = nudge((double)(int64_t)(next() % 650 - 325) * 3.141592653589793);
		double th = nudge((i & 1 ? -1 : 1) * (i & 2 ? 0x1p10 : i & 4 ? 0x1p20 : 0x1p-26));
		show1('R', "sin", sin, t);
		show1('R', "sin", sin, m);
		show1('R', "sin", sin, th);
		show1('R', "cos", cos, t);
		show1('R', "cos", cos, m + pi_128 * 64);
		show1('R', "cos", cos, th);
		/* pow: y log x near the ends -708.39 and 709.78 of the fast
		 * path, y near 2^+-60, x near the least normal */
		double x = uniform(0.1, 10), y = (i & 1 ? -708.39 : 709.78) / own_log(x);
		show2('R', "pow", pow, x, nudge(y * (1 + uniform(-1e-12, 1e-12))));
		show2('R', "pow", pow, 1 + uniform(-0x1p-40, 0x1p-40), nudge(i & 1 ? 0x1p60 : -0x1p60));
		show2('R', "pow", pow, uniform(0.5, 2), nudge(i & 1 ? 0x1p-60 : -0x1p-60));
		show2('R', "pow", pow, from_bits(0x0010000000000000u + next() % 4096), uniform(-1, 1));
	}
}

int main(int argc, char **argv)
{
	int count = argc > 1 ? atoi(argv[1]) : 4000;
	unary_tests(count);
	binary_tests(count);
	float_tests(count);
	ld_tests(count / 4);
	fast_path_edges(count);
	return 0;
}
