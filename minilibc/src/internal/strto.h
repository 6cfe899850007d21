/* Shared integer and float parsing (stdlib/__strtox.c, stdlib/__floatscan.c,
 * stdio/vfscanf.c). */
#ifndef _INTERNAL_STRTO_H
#define _INTERNAL_STRTO_H
#include "libc.h"

/* Parse an integer as strtol does.  Magnitudes above lim (lim + 1 for a
 * negative signed value) set ERANGE and clamp. */
hidden unsigned long long __strtox(const char *s, char **end, int base,
                                   unsigned long long lim, int is_signed);
/* Parse a decimal or hexadecimal floating constant, inf or nan, correctly
 * rounded to float, double or long double (prec, as musl's:
 * FLOATSCAN_FLOAT, FLOATSCAN_DOUBLE or FLOATSCAN_LONG_DOUBLE); *end as
 * strtod.  The result is exactly a value of that type. */
enum { FLOATSCAN_FLOAT = 0, FLOATSCAN_DOUBLE = 1, FLOATSCAN_LONG_DOUBLE = 2 };
hidden long double __floatscan(const char *s, char **end, int prec);
/* Significant decimal digits __floatscan uses (enough to see any tie);
 * scanf keeps as many. */
#define FLOATSCAN_DIGITS 11600
/* A digit's value in bases up to 36 ('a'/'A' = 10); 99 for anything else. */
static inline int __digit_value(int c)
{
	if ((unsigned)c - '0' < 10)
		return c - '0';
	if ((unsigned)(c | 32) - 'a' < 26)
		return (c | 32) - 'a' + 10;
	return 99;
}
#endif
