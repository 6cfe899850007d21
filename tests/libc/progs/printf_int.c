/* Integer conversions: every flag, width, precision and length. */
#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <limits.h>

int main(void)
{
	const char *flags[] = { "", "-", "+", " ", "#", "0", "-+", "+0", "#0", "- 0", "+ " };
	const char *widths[] = { "", "1", "6", "24" };
	const char *precs[] = { "", ".", ".0", ".1", ".5", ".30" };
	const char *convs = "diuoxX";
	long long vals[] = { 0, 1, -1, 7, 42, -42, 255, 256, 65535, 65536, INT_MAX, INT_MIN,
		(long long)UINT_MAX, LLONG_MAX, LLONG_MIN, 0x123456789abcdefLL, -1000000007LL };
	char fmt[64];

	for (const char *c = convs; *c; c++)
		for (unsigned f = 0; f < sizeof flags / sizeof *flags; f++)
			for (unsigned w = 0; w < sizeof widths / sizeof *widths; w++)
				for (unsigned p = 0; p < sizeof precs / sizeof *precs; p++) {
					printf("%s%s%s%c:", flags[f], widths[w], precs[p], *c);
					for (unsigned v = 0; v < sizeof vals / sizeof *vals; v++) {
						snprintf(fmt, sizeof fmt, "[%%%s%s%sll%c]", flags[f], widths[w], precs[p], *c);
						printf(fmt, vals[v]);
						snprintf(fmt, sizeof fmt, "[%%%s%s%s%c]", flags[f], widths[w], precs[p], *c);
						printf(fmt, (int)vals[v]);
					}
					putchar('\n');
				}
	for (unsigned v = 0; v < sizeof vals / sizeof *vals; v++) {
		long long x = vals[v];
		printf("%hhd %hhu %hd %hu %ld %lu %jd %ju %zd %zu %td %hhx %hx %lo\n",
		       (signed char)x, (unsigned char)x, (short)x, (unsigned short)x, (long)x,
		       (unsigned long)x, (intmax_t)x, (uintmax_t)x, (ssize_t)x, (size_t)x,
		       (ptrdiff_t)x, (unsigned char)x, (unsigned short)x, (unsigned long)x);
		printf("[%*d] [%-*d] [%.*d] [%*.*x]\n", 9, (int)x, 9, (int)x, 4, (int)x, -8, 3, (unsigned)x);
	}
	return 0;
}
