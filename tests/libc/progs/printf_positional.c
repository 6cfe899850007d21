/* printf's positional arguments: reordering, reuse, numbered widths and
 * precisions, every argument type, and the formats POSIX leaves
 * undefined that musl reports as EINVAL (a number left out, an
 * unnumbered '*').  Mixing numbered and unnumbered conversions is not
 * compared: musl prints whatever its argument slots hold, minilibc says
 * EINVAL. */
#include <stdio.h>
#include <errno.h>
#include <stdint.h>
#include <stddef.h>
#include <wchar.h>

#define TRY(...) do { char b[256]; errno = 0; int r = snprintf(b, sizeof b, __VA_ARGS__); \
	printf("%-40s -> %d [%s] errno=%d\n", #__VA_ARGS__, r, r >= 0 ? b : "", errno); } while (0)

int main(void)
{
	int n1 = -1;
	signed char hh = 0;
	TRY("%2$s %1$s!", "world", "hello");
	TRY("%1$d %1$x %1$o %1$u", 255);
	TRY("%3$*1$.*2$f|", 10, 3, 3.14159265);
	TRY("%2$-*1$d|", 6, 42);
	TRY("%1$lld %2$hhd %3$hd %4$zu %5$jd %6$td", -1LL << 40, 300, 70000, (size_t)7,
	    (intmax_t)-8, (ptrdiff_t)9);
	TRY("%2$Lf %1$g %3$e", 1.5, 2.25L, 1e100);
	TRY("%1$c%2$c%3$c", 'a', 'b', 'c');
	TRY("%1$p %1$p", (void *)0x1234);
	TRY("%1$s%2$n|%3$d", "abc", &n1, 5);
	printf("n1 = %d\n", n1);
	TRY("%1$s%2$hhn", "xyz", &hh);
	printf("hh = %d\n", hh);
	TRY("%9$d %8$d %7$d %6$d %5$d %4$d %3$d %2$d %1$d", 1, 2, 3, 4, 5, 6, 7, 8, 9);
	TRY("%1$d %% %2$d", 1, 2);
	TRY("%1$d %3$d", 1, 2, 3);
	TRY("%1$*d", 5, 6);
	TRY("%10$d", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
	TRY("%1$lc|%2$ls", (wint_t)'w', L"wide");
	TRY("%2$.*1$s|", 2, "truncated");
	TRY("%1$#x %1$#o %1$+d %2$ d", 8, 3);
	return 0;
}
