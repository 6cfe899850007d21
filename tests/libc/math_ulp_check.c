/* math_ulp_check: compares two outputs of progs/math_ulp.c, musl's and
 * minilibc's, line by line against a higher-precision reference (the
 * host C library's long double functions, 11 bits more than a double).
 * Float functions ("sinf") print the bits of their result widened to
 * double, and are measured in float ulps; long double ones ("sinl")
 * print arguments and result as 20 hex digits and are measured in long
 * double ulps (against a reference that is itself only within about a
 * long double ulp).
 * Prints one row per function: lines, worst error in ulps of ours and of
 * musl's against the reference, and how many results differ from musl's.
 * Fails (exit 1) when
 *   - an error of ours exceeds the bound given for it (-b NAME=ULPS, or
 *     -b all=ULPS), or
 *   - in a special case our result differs from musl's: an argument or
 *     either result is a NaN, an infinity or a zero, or the reference
 *     is exactly a double that musl returns (pow(2, 10), cbrt(27)), for
 *     double and float only; NaNs
 *     match whatever their sign (C leaves it open); the correctly
 *     rounded result where musl's is not is accepted,
 *   - errno differs from musl's anywhere,
 *   - or the two files do not list the same inputs.
 *   math_ulp_check [-b name=ulps]... musl.out ours.out */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef long double (*Ref1)(long double);
typedef long double (*Ref2)(long double, long double);

struct func {
	const char *name;
	int is_float;                   /* 1: float, 2: long double */
	Ref1 ref1;
	Ref2 ref2;
	double bound;                   /* -1: no bound asked for */
	long lines, differ, special_bad;
	long double worst, musl_worst;
	long double worst_x, worst_y;
};

/* The double functions; add_float_functions appends a float twin of each
 * ("expf"), measured in float ulps against the same reference. */
static struct func funcs[81] = {
	{ "exp", 0, expl }, { "exp2", 0, exp2l }, { "expm1", 0, expm1l }, { "log", 0, logl },
	{ "log2", 0, log2l }, { "log10", 0, log10l }, { "log1p", 0, log1pl }, { "sin", 0, sinl },
	{ "cos", 0, cosl }, { "tan", 0, tanl }, { "asin", 0, asinl }, { "acos", 0, acosl },
	{ "atan", 0, atanl }, { "sinh", 0, sinhl }, { "cosh", 0, coshl }, { "tanh", 0, tanhl },
	{ "asinh", 0, asinhl }, { "acosh", 0, acoshl }, { "atanh", 0, atanhl }, { "cbrt", 0, cbrtl },
	{ "erf", 0, erfl }, { "erfc", 0, erfcl }, { "tgamma", 0, tgammal }, { "lgamma", 0, lgammal },
	{ "pow", 0, 0, powl }, { "atan2", 0, 0, atan2l }, { "hypot", 0, 0, hypotl },
};
static size_t nfuncs = 27;

/* Float ("expf") and long double ("expl") twins of each function. */
static void add_twins(void)
{
	static char names[2][27][16];
	for (int kind = 1; kind <= 2; kind++)
		for (size_t i = 0; i < 27; i++) {
			struct func *f = &funcs[27 * kind + i];
			*f = funcs[i];
			snprintf(names[kind - 1][i], 16, "%s%c", funcs[i].name, kind == 1 ? 'f' : 'l');
			f->name = names[kind - 1][i];
			f->is_float = kind;
		}
	nfuncs = 81;
}

static struct func *lookup(const char *name)
{
	for (size_t i = 0; i < nfuncs; i++)
		if (!strcmp(funcs[i].name, name))
			return &funcs[i];
	return 0;
}

static double from_bits(uint64_t u)
{
	double x;
	memcpy(&x, &u, sizeof x);
	return x;
}

/* Error of r in ulps of the double (float, long double) nearest the
 * reference. */
static long double ulp_error(long double r, long double ref, int is_float)
{
	long double nearest = is_float == 2 ? ref : is_float ? (float)ref : (double)ref;
	int mant = is_float == 2 ? 63 : is_float ? 23 : 52;
	int emin = is_float == 2 ? -16382 : is_float ? -126 : -1022;
	if (isnan(ref) || isnan(r))
		return isnan(ref) && isnan(r) ? 0 : INFINITY;
	if (isinf(nearest) || isinf(r))
		return nearest == r ? 0 : INFINITY;
	int e = ref == 0 ? emin : ilogbl(ref);
	if (e < emin)
		e = emin;
	return fabsl((long double)r - ref) / ldexpl(1, e - mant);
}

static int is_special(long double r)
{
	return isnan(r) || isinf(r) || r == 0;
}

struct line { char kind; char name[16]; uint64_t x, y, r; int err, nargs; long double lx, ly, lr; };

/* A long double from 20 hex digits (sign and exponent first). */
static long double ld_from_hex(const char *h)
{
	unsigned char b[16] = { 0 };
	for (int i = 0; i < 10; i++) {
		unsigned v;
		sscanf(h + 2 * i, "%2x", &v);
		b[9 - i] = v;
	}
	long double d;
	memcpy(&d, b, sizeof d);
	return d;
}

/* Long double lines: "R expl X R errno" or "R powl X Y R errno". */
static int parse_ld(const char *s, struct line *l)
{
	char a[32], b[32], c[32];
	int n = sscanf(s, "%c %15s %31s %31s %31s %d", &l->kind, l->name, a, b, c, &l->err);
	l->x = l->y = l->r = 0;
	if (n == 6) {
		l->nargs = 2;
		l->lx = ld_from_hex(a), l->ly = ld_from_hex(b), l->lr = ld_from_hex(c);
		return strlen(b) == 20 && strlen(c) == 20;
	}
	l->err = atoi(c);
	l->nargs = 1;
	l->lx = ld_from_hex(a), l->ly = 0, l->lr = ld_from_hex(b);
	return n >= 5 && strlen(a) == 20 && strlen(b) == 20;
}

static int parse(const char *s, struct line *l)
{
	char name[16], first[32];
	if (sscanf(s, "%*c %15s %31s", name, first) == 2 && strlen(first) == 20)
		return parse_ld(s, l);
	unsigned long long a, b, c;
	int e;
	if (sscanf(s, "%c %15s %llx %llx %llx %d", &l->kind, l->name, &a, &b, &c, &e) == 6) {
		l->nargs = 2;
		l->x = a, l->y = b, l->r = c, l->err = e;
		return 1;
	}
	if (sscanf(s, "%c %15s %llx %llx %d", &l->kind, l->name, &a, &b, &e) == 5) {
		l->nargs = 1;
		l->x = a, l->y = 0, l->r = b, l->err = e;
		return 1;
	}
	return 0;
}

static int check_line(const struct line *m, const struct line *o)
{
	struct func *f = lookup(o->name);
	if (!f || strcmp(m->name, o->name) || m->x != o->x || m->y != o->y || m->nargs != o->nargs) {
		fprintf(stderr, "math_ulp_check: inputs differ: %s %llx / %s %llx\n", m->name,
		        (unsigned long long)m->x, o->name, (unsigned long long)o->x);
		return 0;
	}
	long double x = from_bits(o->x), y = from_bits(o->y);
	long double ours = from_bits(o->r), musl = from_bits(m->r);
	if (f->is_float == 2) {
		if (m->lx != o->lx || m->ly != o->ly)
			return 0;
		x = o->lx, y = o->ly, ours = o->lr, musl = m->lr;
	}
	long double ref = f->ref1 ? f->ref1(x) : f->ref2(x, y);
	long double err = ulp_error(ours, ref, f->is_float);
	long double merr = ulp_error(musl, ref, f->is_float);
	f->lines++;
	f->differ += f->is_float == 2 ? memcmp(&m->lr, &o->lr, 10) != 0 : m->r != o->r;
	if (err > f->worst) {
		f->worst = err;
		f->worst_x = x, f->worst_y = y;
	}
	if (merr > f->musl_worst)
		f->musl_worst = merr;
	int exact = f->is_float != 2 && !isnan(ref) && musl == ref;
	int special = is_special(x) || (f->ref2 && is_special(y)) || is_special(ours) ||
	              is_special(musl) || exact;
	int same = ours == musl || (isnan(ours) && isnan(musl));
	/* Where musl is wrong (acosh of large negatives is not a NaN there,
	 * acosf(0) is pi/2 rounded down), the correctly rounded result
	 * instead is no failure. */
	if ((special && !same && err > 0.5) || m->err != o->err) {
		if (f->special_bad++ < 5)
			fprintf(stderr, "%s(%La, %La): musl %La errno %d, ours %La errno %d\n", f->name, x,
			        y, musl, m->err, ours, o->err);
	}
	return 1;
}

static int report(void)
{
	int ok = 1;
	printf("%-8s %8s %10s %10s %8s %s\n", "function", "lines", "ours-ulp", "musl-ulp", "!=musl",
	       "worst input");
	for (size_t i = 0; i < nfuncs; i++) {
		struct func *f = &funcs[i];
		if (!f->lines)
			continue;
		int bad = f->special_bad || (f->bound >= 0 && f->worst > f->bound);
		printf("%-8s %8ld %10.3Lf %10.3Lf %8ld %La %La%s\n", f->name, f->lines, f->worst,
		       f->musl_worst, f->differ, f->worst_x, f->worst_y, bad ? "  FAIL" : "");
		ok &= !bad;
	}
	return ok;
}

static void set_bound(const char *arg)
{
	const char *eq = strchr(arg, '=');
	double b = eq ? atof(eq + 1) : -1;
	for (size_t i = 0; i < nfuncs; i++)
		if (eq && (!strncmp(arg, "all=", 4) || (!strncmp(arg, funcs[i].name, eq - arg) &&
		                                        funcs[i].name[eq - arg] == 0)))
			funcs[i].bound = b;
}

int main(int argc, char **argv)
{
	add_twins();
	for (size_t i = 0; i < nfuncs; i++)
		funcs[i].bound = -1;
	int a = 1;
	for (; a + 1 < argc && !strcmp(argv[a], "-b"); a += 2)
		set_bound(argv[a + 1]);
	if (argc - a != 2) {
		fprintf(stderr, "usage: math_ulp_check [-b name=ulps]... musl.out ours.out\n");
		return 2;
	}
	FILE *fm = fopen(argv[a], "r"), *fo = fopen(argv[a + 1], "r");
	if (!fm || !fo) {
		perror("math_ulp_check");
		return 2;
	}
	char bm[256], bo[256];
	int ok = 1;
	long n = 0;
	while (fgets(bm, sizeof bm, fm)) {
		struct line m, o;
		if (!fgets(bo, sizeof bo, fo) || !parse(bm, &m) || !parse(bo, &o) || !check_line(&m, &o)) {
			fprintf(stderr, "math_ulp_check: line %ld: outputs do not match up\n", n + 1);
			return 1;
		}
		n++;
	}
	if (fgets(bo, sizeof bo, fo) || n == 0) {
		fprintf(stderr, "math_ulp_check: outputs differ in length\n");
		return 1;
	}
	ok = report();
	return ok ? 0 : 1;
}
