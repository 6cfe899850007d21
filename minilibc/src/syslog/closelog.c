/* closelog: close the connection to the log. */
#include <syslog.h>
#include <unistd.h>
#include "syslog_impl.h"

void closelog(void)
{
	if (__log.fd >= 0)
		close(__log.fd);
	__log.fd = -1;
}
