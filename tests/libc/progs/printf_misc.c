/* Strings, characters, pointers, %n, %%, and the sprintf/snprintf/
 * asprintf/dprintf return values and truncation rules. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static int wrap(char *buf, size_t n, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vsnprintf(buf, n, fmt, ap);
	va_end(ap);
	return r;
}

int main(void)
{
	char buf[64];
	int n1 = 0, n2 = 0;
	long ln = 0;
	signed char hn = 0;

	printf("[%s] [%10s] [%-10s] [%.2s] [%10.3s] [%-*.*s] [%s]\n", "abc", "abc", "abc", "abc", "abcdef", 8, 2, "xyz", "");
	printf("[%c] [%5c] [%-5c] [%c]\n", 'a', 'b', 'c', 255);
	printf("[%p] [%p] [%20p] [%-20p]\n", (void *)0x1234, (void *)0, (void *)0xdeadbeef, (void *)1);
	printf("%%d [%%] ab%ncd%n\n", &n1, &n2);
	printf("n1=%d n2=%d\n", n1, n2);
	printf("x%lny%hhn\n", &ln, &hn);
	printf("ln=%ld hn=%d\n", ln, hn);
	printf("[%s]\n", (char *)0);
	for (size_t n = 0; n < 12; n++) {
		memset(buf, '#', sizeof buf);
		int r = snprintf(buf, n, "hello %d world", 42);
		printf("snprintf(%zu) = %d [%.20s]\n", n, r, buf);
	}
	int r = wrap(buf, sizeof buf, "%s-%d-%c", "v", 7, 'z');
	printf("vsnprintf %d %s\n", r, buf);
	r = sprintf(buf, "%08.3f|%+d", -3.14159, 0);
	printf("sprintf %d %s\n", r, buf);
	char *s = NULL;
	r = asprintf(&s, "%s %d %.3f", "asprintf", 123, 2.5);
	printf("asprintf %d %s\n", r, s);
	free(s);
	fflush(stdout);
	r = dprintf(1, "dprintf %d %s\n", 99, "to fd 1");
	printf("dprintf returned %d\n", r);
	char long_str[3000];
	memset(long_str, 'L', sizeof long_str - 1);
	long_str[sizeof long_str - 1] = 0;
	printf("%s\n%.5s|%3000.10s|\n", long_str, long_str, long_str);
	r = snprintf(NULL, 0, "%s%s", long_str, long_str);
	printf("measure %d\n", r);
	printf("%5s|%-5s|%05d|%-05d|%x|%X|%#X|%o|%#o\n", "ab", "ab", -3, -3, 3054, 3054, 3054, 8, 8);
	printf("%lld %llu %lli\n", -9223372036854775807LL - 1, 18446744073709551615ULL, 0LL);
	return 0;
}
