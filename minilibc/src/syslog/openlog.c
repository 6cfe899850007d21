/* openlog: the name, options and default facility of later messages;
 * LOG_NDELAY connects now rather than at the first message. */
#include <syslog.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include "syslog_impl.h"

hidden struct __syslog __log = {"", 0, LOG_USER, 0xff, -1};

hidden void __openlog(void)
{
	static const struct sockaddr_un dev_log = {AF_UNIX, "/dev/log"};
	__log.fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (__log.fd >= 0)
		connect(__log.fd, (const void *)&dev_log, sizeof dev_log);
}

void openlog(const char *ident, int opt, int facility)
{
	size_t n = ident ? strnlen(ident, sizeof __log.ident - 1) : 0;
	memcpy(__log.ident, ident ? ident : "", n);
	__log.ident[n] = 0;
	__log.opt = opt;
	__log.facility = facility;
	if (opt & LOG_NDELAY && __log.fd < 0)
		__openlog();
}
