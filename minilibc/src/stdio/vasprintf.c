/* vasprintf: format into a freshly malloc'd string: measure, then print. */
#include <stdio.h>
#include <stdlib.h>

int vasprintf(char **s, const char *fmt, va_list ap)
{
	va_list ap2;
	int n;

	va_copy(ap2, ap);
	n = vsnprintf(0, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0 || !(*s = malloc(n + 1U)))
		return -1;
	return vsnprintf(*s, n + 1U, fmt, ap);
}
