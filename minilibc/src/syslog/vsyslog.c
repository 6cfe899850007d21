/* vsyslog: one message, "<PRI>Mmm dd hh:mm:ss ident[pid]: text\n" (UTC,
 * as musl), sent to /dev/log; reconnected once if the daemon restarted;
 * to /dev/console with LOG_CONS if it cannot be sent; and, with
 * LOG_PERROR, also to stderr from "ident" on.  Priorities outside the
 * mask, and values with bits beyond facility and level, are dropped. */
#include <syslog.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>
#include "syslog_impl.h"

static int lost(int e)
{
	return e == ECONNREFUSED || e == ECONNRESET || e == ENOTCONN || e == EPIPE;
}

static int deliver(const char *buf, int len)
{
	static const struct sockaddr_un dev_log = {AF_UNIX, "/dev/log"};
	if (send(__log.fd, buf, len, 0) >= 0)
		return 0;
	if (!lost(errno) || connect(__log.fd, (const void *)&dev_log, sizeof dev_log) < 0)
		return -1;
	return send(__log.fd, buf, len, 0) < 0 ? -1 : 0;
}

void vsyslog(int priority, const char *fmt, va_list ap)
{
	static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
	char buf[1024];
	int saved = errno, head, len;
	if (!(__log.mask & LOG_MASK(priority & 7)) || (priority & ~0x3ff))
		return;
	if (__log.fd < 0)
		__openlog();
	if (!(priority & LOG_FACMASK))
		priority |= __log.facility;
	time_t now = time(0);
	struct tm tm;
	gmtime_r(&now, &tm);
	int pid = __log.opt & LOG_PID ? getpid() : 0;
	len = snprintf(buf, sizeof buf, "<%d>%.3s %2d %02d:%02d:%02d ", priority,
	               months + 3 * tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
	head = len;
	len += pid ? snprintf(buf + len, sizeof buf - len, "%s[%d]: ", __log.ident, pid)
	           : snprintf(buf + len, sizeof buf - len, "%s: ", __log.ident);
	errno = saved;   /* for %m */
	int n = vsnprintf(buf + len, sizeof buf - len, fmt, ap);
	if (n < 0)
		return;
	len = n >= (int)sizeof buf - len ? (int)sizeof buf - 1 : len + n;
	if (buf[len - 1] != '\n')
		buf[len++] = '\n';
	if (deliver(buf, len) < 0 && __log.opt & LOG_CONS) {
		int fd = open("/dev/console", O_WRONLY | O_NOCTTY | O_CLOEXEC);
		if (fd >= 0) {
			write(fd, buf + head, len - head);
			close(fd);
		}
	}
	if (__log.opt & LOG_PERROR)
		write(2, buf + head, len - head);
}
