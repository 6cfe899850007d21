/* syslog: vsyslog with its arguments in line. */
#include <syslog.h>

void syslog(int priority, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsyslog(priority, fmt, ap);
	va_end(ap);
}
