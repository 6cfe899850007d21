/* printf's %e and %g of pseudo-random doubles (every exponent,
 * subnormals too) and of exact ties (k + 0.5, 0.125, integers beyond
 * 2^53) at every precision up to 17, and %.17g then strtod back: one
 * checksum of the text per conversion and precision, compared with
 * musl's output byte for byte. */
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define XORSHIFT_SEED 0x2545f4914f6cdd1dULL
#include "xorshift.h"

static uint64_t hash(uint64_t h, const char *s)
{
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 0x100000001b3ULL;
	return h;
}

static double value(int i)
{
	uint64_t b = next();
	double d;
	switch (i % 4) {
	case 0:   /* any finite double */
		b &= ~(0x7ffULL << 52) | ((b % 0x7ff) << 52);
		memcpy(&d, &b, sizeof d);
		return d;
	case 1:   /* a tie at some digit: k + 1/2^n */
		return (double)(b % 1000000) + 1.0 / (double)(1ULL << (1 + b % 20));
	case 2:   /* an integer past 2^53 */
		return (double)(b >> (b % 11));
	default:  /* tiny, subnormal */
		b &= (1ULL << 53) - 1;
		memcpy(&d, &b, sizeof d);
		return d;
	}
}

int main(void)
{
	char fmt[16], buf[64];
	static double v[20000];
	for (int i = 0; i < 20000; i++)
		v[i] = value(i);
	for (int conv = 0; conv < 3; conv++)
		for (int p = 0; p <= 17; p++) {
			uint64_t h = 0xcbf29ce484222325ULL;
			snprintf(fmt, sizeof fmt, "%%.%d%c", p, "egE"[conv]);
			for (int i = 0; i < 20000; i++) {
				snprintf(buf, sizeof buf, fmt, v[i]);
				h = hash(h, buf);
			}
			printf("%-6s %016llx\n", fmt, (unsigned long long)h);
		}
	int back = 0;
	for (int i = 0; i < 20000; i++) {
		snprintf(buf, sizeof buf, "%.17g", v[i]);
		back += strtod(buf, 0) == v[i];
	}
	printf("%.17g round trips: %d of 20000\n", 0.1, back);
	return 0;
}
