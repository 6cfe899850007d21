/* The rest of <math.h> in its three types: classification macros,
 * rounding to integers, remainders, fma, scaling and exponents, next
 * representable values, nan().  Long double results are printed as
 * their bits, since printf rounds long double to double. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint64_t state = 0x2545f4914f6cdd1du;

static uint64_t next(void)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return state;
}

static void put_ld(const char *name, long double v)
{
	unsigned char b[10];
	memcpy(b, &v, 10);
	printf(" %s=", name);
	for (int i = 9; i >= 0; i--)
		printf("%02x", b[i]);
}

static const double values[] = {
	0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 3.5, 0.49999999999999994, 1.0, -1.0, 7.0,
	-7.25, 1e300, -1e-300, 0x1p-1074, 0x1p-1022, 0x1.fffffffffffffp1023, 4503599627370495.5,
	9007199254740993.0, 1e19, -1e19, 123.456, -123.456, 0x1p63, -0x1p63, 3e-45,
	INFINITY, -INFINITY, NAN,
};
#define N (sizeof values / sizeof *values)

static void classify(double x)
{
	float f = x;
	long double l = x;
	printf("%a: class %d %d %d nan %d %d %d inf %d %d %d fin %d norm %d sign %d %d %d\n", x,
	       fpclassify(x), fpclassify(f), fpclassify(l), isnan(x), isnan(f), isnan(l), isinf(x),
	       isinf(f), isinf(l), isfinite(x), isnormal(x), signbit(x) != 0, signbit(f) != 0,
	       signbit(l) != 0);
}

static void rounding(double x)
{
	float f = x;
	long double l = x * (1 + 0x1p-60L);
	printf("  rint %a %a nearbyint %a %a floor %a %a ceil %a %a trunc %a %a round %a %a\n",
	       rint(x), rintf(f), nearbyint(x), nearbyintf(f), floorf(f), floor(x), ceilf(f),
	       ceil(x), truncf(f), trunc(x), roundf(f), round(x));
	printf("  lrint %ld %ld llrint %lld lround %ld %ld llround %lld %lld\n", lrint(x),
	       lrintf(f), llrint(x), lround(x), lroundf(f), llround(x), llroundf(f));
	printf("  l:");
	put_ld("rint", rintl(l));
	put_ld("floor", floorl(l));
	put_ld("ceil", ceill(l));
	put_ld("trunc", truncl(l));
	put_ld("round", roundl(l));
	printf(" lrint %ld llround %lld\n", lrintl(l), llroundl(l));
}

static void exponents(double x)
{
	float f = x;
	long double l = x;
	int e1, e2;
	double ip;
	float fip;
	long double lip;
	/* Results through pointers are read after the call: the order in
	 * which printf's arguments are evaluated is unspecified. */
	float fr = frexpf(f, &e1);
	double mf = modf(x, &ip);
	float mff = modff(f, &fip);
	printf("  ilogb %d %d %d logb %a %a scalbn %a %a %a scalbln %a frexpf %a %d\n", ilogb(x),
	       ilogbf(f), ilogbl(l), logb(x), logbf(f), scalbn(x, -1074), scalbn(x, 3),
	       scalbnf(f, -140), scalbln(x, 100000L), fr, isfinite(f) ? e1 : 0);
	printf("  modf %a %a modff %a %a nextafter %a %a nextafterf %a %a nexttoward %a %a\n",
	       mf, ip, mff, fip, nextafter(x, INFINITY), nextafter(x, 0),
	       nextafterf(f, -INFINITY), nextafterf(f, 1), nexttoward(x, 1e300L),
	       nexttowardf(f, -2.0L));
	printf("  l:");
	put_ld("logb", logbl(l));
	put_ld("scalbn", scalbnl(l, -16400));
	long double fl = frexpl(l, &e2), ml = modfl(l, &lip);
	put_ld("frexp", fl);
	put_ld("modf", ml);
	put_ld("ip", lip);
	put_ld("up", nextafterl(l, INFINITY));
	put_ld("down", nextafterl(l, -INFINITY));
	put_ld("ldexp", ldexpl(l, 16383));
	printf(" %d\n", isfinite(l) ? e2 : 0);
}

static void pairs(double x, double y)
{
	int q1, q2, q3;
	float fx = x, fy = y;
	long double lx = x, ly = y * (1 + 0x1p-62L);
	double r = remquo(x, y, &q1);
	float rf = remquof(fx, fy, &q2);
	long double rl = remquol(lx, ly, &q3);
	/* The quotient bits of an invalid remquo are unspecified. */
	q1 = isnan(r) ? 0 : q1;
	q2 = isnan(rf) ? 0 : q2;
	q3 = isnan(rl) ? 0 : q3;
	printf("%a %a: rem %a %a remquo %a %d %a %d fdim %a %a fmod %a %a fmin %a fmax %a\n", x, y,
	       remainder(x, y), remainderf(fx, fy), r, q1 & 7, rf, q2 & 7, fdim(x, y), fdimf(fx, fy),
	       fmod(x, y), fmodf(fx, fy), fminf(fx, fy), fmaxf(fx, fy));
	printf("  l:");
	put_ld("rem", rl);
	put_ld("fmod", fmodl(lx, ly));
	put_ld("fdim", fdiml(lx, ly));
	put_ld("min", fminl(lx, ly));
	put_ld("max", fmaxl(lx, ly));
	put_ld("copysign", copysignl(lx, ly));
	printf(" %d copysignf %a sqrtf %a\n", q3 & 7, copysignf(fx, fy), sqrtf(fabsf(fx)));
}

static double random_double(void)
{
	uint64_t u = next();
	double d;
	memcpy(&d, &u, 8);
	return d;
}

/* An fma result; the sign of a zero only where z is not zero (musl's
 * fma(x, y, +0) is +0 when x y underflows to -0, not the -0 of the
 * exact result), and NaNs without a sign. */
static void put_fma(double r, double z)
{
	if (isnan(r))
		printf(" nan");
	else if (r == 0 && z == 0)
		printf(" zero");
	else
		printf(" %a", r);
}

/* fma on inputs that make the sum cancel or land on rounding edges. */
static void fma_tests(void)
{
	for (size_t i = 0; i < N; i++)
		for (size_t j = 0; j < N; j += 3) {
			double z = values[(i + j) % N], fz = values[(i * j) % N];
			printf("fma");
			put_fma(fma(values[i], values[j], z), z);
			put_fma(fmaf(values[i], values[j], fz), fz);
			printf("\n");
		}
	for (int i = 0; i < 20000; i++) {
		double x = random_double(), y = random_double(), z;
		int kind = i % 4;
		if (kind == 0)
			z = -x * y;                     /* cancellation */
		else if (kind == 1)
			z = random_double();
		else
			z = (x * y) * 0x1p-53 * (kind == 2 ? 1 : -1);  /* rounding edges */
		float fx = x, fy = y, fz = fx * fy * (kind == 3 ? -0x1p-24f : 0x1p-25f);
		if (kind == 0)
			fz = -fx * fy;
		printf("fma %a %a %a ->", x, y, z);
		put_fma(fma(x, y, z), z);
		put_fma(fmaf(fx, fy, fz), fz);
		printf("\n");
	}
	for (int i = 0; i < 2000; i++) {
		double x = (int)(next() % 2000) / 16.0 - 60, y = (int)(next() % 64) / 4.0 + 0.25;
		pairs(x, next() & 1 ? y : -y);
	}
}

/* A random long double: any sign, exponents near 1 or anywhere. */
static long double random_ld(void)
{
	unsigned char b[16] = { 0 };
	uint64_t m = next() | 1ULL << 63;
	uint16_t e = next() % 2 ? 0x3fff + (int)(next() % 200) - 100 : next() % 0x7fff;
	e |= (next() & 1) << 15;
	memcpy(b, &m, 8);
	memcpy(b + 8, &e, 2);
	long double v;
	memcpy(&v, b, sizeof v);
	return v;
}

/* fmal, correctly rounded: cancellation, rounding edges, random. */
static void fmal_tests(void)
{
	for (int i = 0; i < 5000; i++) {
		long double x = random_ld(), y = random_ld(), z;
		int kind = i % 4;
		if (kind == 0)
			z = -x * y;
		else if (kind == 1)
			z = random_ld();
		else
			z = x * y * (kind == 2 ? 0x1p-64L : -0x1p-65L);
		long double r = fmal(x, y, z);
		printf("fmal");
		put_ld("x", x);
		put_ld("y", y);
		put_ld("z", z);
		if (r == 0 && z == 0)
			printf(" zero\n");     /* musl: +0 where -0 is exact (put_fma) */
		else
			put_ld("r", r), printf("\n");
	}
}

int main(void)
{
	for (size_t i = 0; i < N; i++) {
		classify(values[i]);
		rounding(values[i]);
		exponents(values[i]);
		for (size_t j = 0; j < N; j += 2)
			pairs(values[i], values[j]);
	}
	fma_tests();
	fmal_tests();
	printf("nan %a %a %d\n", nan(""), (double)nanf("1"), isnan(nanl("")));
	printf("%d %d %d\n", FP_ILOGB0 == ilogb(0), FP_ILOGBNAN == ilogb(NAN), math_errhandling);
	printf("%.17g %.17g %.17g\n", M_PI, M_SQRT2, HUGE_VAL);
	return 0;
}
