/* One libc micro-benchmark per run, selected by argv[1]; prints its
 * throughput as a single number.  Built three times by bench/libc/run:
 * against minilibc, musl and glibc.  stdout should go to /dev/null for
 * the printf benchmarks (the number goes to stderr). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* Calls through volatile pointers so the compiler cannot inline or
 * elide the library functions being measured. */
static void *(*volatile memcpy_fn)(void *, const void *, size_t) = memcpy;
static size_t (*volatile strlen_fn)(const char *) = strlen;

int main(int argc, char **argv)
{
	const char *what = argc > 1 ? argv[1] : "";
	double t0 = now(), result = 0;

	if (!strcmp(what, "printf_int")) {
		long n = 3000000;
		for (long i = 0; i < n; i++)
			printf("line %ld: %d %s %x|%-8u|\n", i, (int)(i * 7), "text", (unsigned)i, (unsigned)(i & 0xffff));
		fflush(stdout);
		result = n / (now() - t0) / 1e6;
	} else if (!strcmp(what, "printf_float")) {
		long n = 1000000;
		for (long i = 0; i < n; i++)
			printf("%f %.3e %g\n", i * 0.37, i * 1.1e-3, 1.0 / (i + 1));
		fflush(stdout);
		result = n / (now() - t0) / 1e6;
	} else if (!strcmp(what, "malloc")) {
		enum { LIVE = 1024 };
		static void *live[LIVE];
		long n = 20000000;
		unsigned x = 12345;
		for (long i = 0; i < n; i++) {
			x = x * 1103515245 + 12345;
			unsigned k = (x >> 8) % LIVE;
			free(live[k]);
			live[k] = malloc(((x >> 20) % 512) + 1);
			*(char *)live[k] = 1;
		}
		result = n / (now() - t0) / 1e6;
	} else if (!strcmp(what, "memcpy") || !strcmp(what, "strlen")) {
		size_t size = 8 << 20;     /* 8 MiB: past L2, inside L3 */
		int reps = 200;
		char *a = malloc(size + 64), *b = malloc(size + 64);
		memset(a, 'x', size);
		memset(b, 'y', size);
		a[size] = b[size] = 0;
		t0 = now();
		size_t sum = 0;
		for (int r = 0; r < reps; r++) {
			if (what[3] == 'c')
				memcpy_fn(r & 1 ? a : b, r & 1 ? b : a, size);
			else
				sum += strlen_fn(r & 1 ? a : b);
		}
		result = (double)size * reps / (now() - t0) / 1e9;
		if (sum == 1)
			puts("");
	} else if (!strcmp(what, "roundtrip")) {
		/* A double to its shortest exact text and back: snprintf("%.17g")
		 * then strtod, over values spread across the exponent range.
		 * Every value must come back bit for bit. */
		long n = 1000000;
		unsigned long long x = 0x123456789abcdefULL;
		char buf[40];
		for (long i = 0; i < n; i++) {
			x = x * 6364136223846793005ULL + 1442695040888963407ULL;
			double d;
			unsigned long long bits = (x >> 2) % 0x7fe0000000000000ULL;
			memcpy(&d, &bits, sizeof d);
			snprintf(buf, sizeof buf, "%.17g", d);
			if (strtod(buf, 0) != d) {
				fprintf(stderr, "roundtrip: %s\n", buf);
				return 1;
			}
		}
		result = n / (now() - t0) / 1e6;
	} else {
		fprintf(stderr, "usage: bench printf_int|printf_float|malloc|memcpy|strlen|roundtrip\n");
		return 2;
	}
	fprintf(stderr, "%.3f\n", result);
	return 0;
}
