/* Math-function throughput, one function per run, selected by argv[1];
 * prints millions of calls per second.  Built against minilibc, musl
 * and glibc by bench/libc/run-math.  The arguments cycle through a table
 * of 4096 values in each function's usual range, so the cost measured is
 * that of typical calls, not of one special case. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* Calls through volatile pointers so the compiler cannot inline, fold
 * or merge (sin + cos into sincos) the functions being measured. */
static double (*volatile f1)(double);
static double (*volatile f2)(double, double);

struct bench { const char *name; double (*one)(double); double (*two)(double, double);
	       double lo, hi; };

static const struct bench benches[] = {
	{ "exp", exp, 0, -700, 700 }, { "log", log, 0, 1e-300, 1e300 },
	{ "sin", sin, 0, -10, 10 }, { "sin_huge", sin, 0, 1e10, 1e300 },
	{ "tan", tan, 0, -10, 10 }, { "atan", atan, 0, -10, 10 },
	{ "pow", 0, pow, 0.1, 10 }, { "atan2", 0, atan2, -10, 10 },
	{ "cbrt", cbrt, 0, -1e3, 1e3 }, { "erf", erf, 0, -5, 5 },
	{ "lgamma", lgamma, 0, 0.1, 100 }, { "fma", 0, 0, -1e3, 1e3 },
	{ "asin", asin, 0, -1, 1 }, { "acos", acos, 0, -1, 1 },
	{ "sinh", sinh, 0, -20, 20 }, { "cosh", cosh, 0, -20, 20 }, { "tanh", tanh, 0, -5, 5 },
	{ "asinh", asinh, 0, -100, 100 }, { "acosh", acosh, 0, 1, 1e7 }, { "atanh", atanh, 0, -1, 1 },
	{ "expm1", expm1, 0, -5, 5 }, { "log1p", log1p, 0, -0.9, 10 }, { "log10", log10, 0, 1e-300, 1e300 },
};

int main(int argc, char **argv)
{
	const char *what = argc > 1 ? argv[1] : "";
	static double arg[4096];
	const struct bench *b = 0;
	for (size_t i = 0; i < sizeof benches / sizeof *benches; i++)
		if (!strcmp(benches[i].name, what))
			b = &benches[i];
	if (!b) {
		fprintf(stderr, "usage: math exp|log|sin|sin_huge|tan|atan|pow|atan2|cbrt|erf|lgamma|fma|\n"
		        "            asin|acos|sinh|cosh|tanh|asinh|acosh|atanh|expm1|log1p|log10\n");
		return 2;
	}
	unsigned x = 12345;
	for (int i = 0; i < 4096; i++) {
		x = x * 1103515245 + 12345;
		double u = (x >> 8) * 0x1p-24;
		/* Wide positive ranges are spread evenly in log scale; the
		 * ratio itself may overflow (1e300 / 1e-300), so go through
		 * the logarithms. */
		arg[i] = b->lo > 0 && b->hi / b->lo > 1e6
		         ? exp(log(b->lo) + (log(b->hi) - log(b->lo)) * u)
		         : b->lo + (b->hi - b->lo) * u;
	}
	f1 = b->one;
	f2 = b->two;
	long n = 4000000;
	double sum = 0, t0 = now();
	if (!strcmp(what, "fma")) {
		double (*volatile f3)(double, double, double) = fma;
		for (long i = 0; i < n; i++)
			sum += f3(arg[i & 4095], arg[(i + 1) & 4095], arg[(i + 7) & 4095]);
	} else if (f1) {
		for (long i = 0; i < n; i++)
			sum += f1(arg[i & 4095]);
	} else {
		for (long i = 0; i < n; i++)
			sum += f2(arg[i & 4095], arg[(i + 1) & 4095] * 0.3);
	}
	double result = n / (now() - t0) / 1e6;
	if (sum == 0.125)
		puts("");
	fprintf(stderr, "%.2f\n", result);
	return 0;
}
