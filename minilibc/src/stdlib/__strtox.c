/* __strtox: the integer parser behind strtol and its siblings.
 *
 * Accepts leading space, a sign, and for base 16 (or 0) a "0x" prefix,
 * which is taken only when a hex digit follows: "0xg" parses as 0 with
 * the end after the '0', as C requires.  On overflow the digits are
 * still consumed (end points past them all) and the result clamps. */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include "strto.h"

hidden unsigned long long __strtox(const char *s, char **end, int base,
                                   unsigned long long lim, int is_signed)
{
	const char *p = s;
	unsigned long long y = 0, max;
	int neg = 0, overflow = 0, any = 0;

	if (base < 0 || base == 1 || base > 36) {
		if (end)
			*end = (char *)s;
		errno = EINVAL;
		return 0;
	}
	while (isspace((unsigned char)*p))
		p++;
	if (*p == '+' || *p == '-')
		neg = *p++ == '-';
	if ((base == 0 || base == 16) && p[0] == '0' && (p[1] | 32) == 'x'
	    && __digit_value((unsigned char)p[2]) < 16) {
		p += 2;
		base = 16;
	} else if (base == 0) {
		base = *p == '0' ? 8 : 10;
	}
	for (int d; (d = __digit_value((unsigned char)*p)) < base; p++) {
		any = 1;
		if (__builtin_mul_overflow(y, (unsigned)base, &y) || __builtin_add_overflow(y, d, &y))
			overflow = 1;
	}
	if (end)
		*end = (char *)(any ? p : s);
	if (!any) {
		errno = EINVAL;         /* as musl: no digits is an error */
		return 0;
	}
	if (!is_signed) {
		if (overflow || y > lim) {
			errno = ERANGE;
			return lim;
		}
		return neg ? -y : y;
	}
	max = neg ? lim + 1 : lim;
	if (overflow || y > max) {
		errno = ERANGE;
		return neg ? -lim - 1 : lim;
	}
	return neg ? -y : y;
}
