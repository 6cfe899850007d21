/* asprintf: format into a malloc'd string (the variadic front end of vasprintf). */
#include <stdio.h>
#include <stdarg.h>

int asprintf(char **s, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vasprintf(s, fmt, ap);
	va_end(ap);
	return r;
}
