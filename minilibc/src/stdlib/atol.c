/* atol: decimal long without error checking.  Overflow wraps (computed in
 * unsigned arithmetic), the same answer musl gives for out-of-range input. */
#include <stdlib.h>
#include <ctype.h>

long atol(const char *s)
{
	unsigned long long n = 0;
	int neg = 0;

	while (isspace((unsigned char)*s))
		s++;
	if (*s == '-' || *s == '+')
		neg = *s++ == '-';
	while (isdigit((unsigned char)*s))
		n = 10 * n + (*s++ - '0');
	return (long)(neg ? -n : n);
}
