/* strtol family: bases, prefixes, signs, overflow, and exact end
 * pointers. */
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <inttypes.h>

int main(void)
{
	const char *inputs[] = { "0", "42", "-42", "+42", "  \t\n 17xyz", "0x1f", "0X1F", "0x", "0xg",
		"-0x10", "010", "08", "0b101", "z", "Z", "zz", "  ", "", "-", "+", "9223372036854775807",
		"9223372036854775808", "-9223372036854775808", "-9223372036854775809",
		"18446744073709551615", "18446744073709551616", "99999999999999999999999",
		"-1", "2147483647", "2147483648", "-2147483649", "4294967295", "4294967296",
		"0777", "1e5", "123abc", "  -0", "0x7fffffffffffffff", "0xffffffffffffffff",
		"0x10000000000000000", "-18446744073709551615", "-18446744073709551616" };
	int bases[] = { 0, 2, 8, 10, 16, 36, 1, 37 };

	for (unsigned i = 0; i < sizeof inputs / sizeof *inputs; i++)
		for (unsigned b = 0; b < sizeof bases / sizeof *bases; b++) {
			char *end;
			errno = 0;
			long l = strtol(inputs[i], &end, bases[b]);
			int e1 = errno;
			long el = end - inputs[i];
			errno = 0;
			unsigned long ul = strtoul(inputs[i], &end, bases[b]);
			int e2 = errno;
			long eul = end - inputs[i];
			errno = 0;
			long long ll = strtoll(inputs[i], &end, bases[b]);
			int e3 = errno;
			errno = 0;
			unsigned long long ull = strtoull(inputs[i], &end, bases[b]);
			int e4 = errno;
			printf("'%s' base %d: l=%ld(%d,%ld) ul=%lu(%d,%ld) ll=%lld(%d) ull=%llu(%d,%ld)\n",
			       inputs[i], bases[b], l, e1, el, ul, e2, eul, ll, e3, ull, e4,
			       (long)(end - inputs[i]));
		}
	for (unsigned i = 0; i < sizeof inputs / sizeof *inputs; i++)
		printf("atoi('%s')=%d atol=%ld atoll=%lld imax=%jd umax=%ju\n", inputs[i], atoi(inputs[i]),
		       atol(inputs[i]), atoll(inputs[i]), strtoimax(inputs[i], 0, 0), strtoumax(inputs[i], 0, 0));
	printf("abs %d %ld %lld\n", abs(-5), labs(-6L), llabs(-7LL));
	div_t d = div(-7, 2);
	ldiv_t ld = ldiv(7L, -2L);
	lldiv_t lld = lldiv(-7LL, -2LL);
	printf("div %d %d %ld %ld %lld %lld\n", d.quot, d.rem, ld.quot, ld.rem, lld.quot, lld.rem);
	return 0;
}
