/* syslog with LOG_PERROR (stderr, sent to stdout here): the message after
 * the header, the mask, facilities, a newline added once, %m; and
 * printf's %m itself. */
#include <stdio.h>
#include <errno.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

int main(void)
{
	setvbuf(stdout, 0, _IONBF, 0);
	dup2(1, 2);
	errno = ENOENT;
	printf("printf %%m: [%m] [%.5m] [%12m]\n");
	openlog("prog", LOG_PERROR, LOG_DAEMON);
	syslog(LOG_INFO, "hello %d", 42);
	syslog(LOG_ERR, "with newline\n");
	errno = EACCES;
	syslog(LOG_WARNING, "error: %m");
	printf("old mask %#x\n", setlogmask(LOG_UPTO(LOG_WARNING)));
	syslog(LOG_INFO, "masked out");
	syslog(LOG_ERR | LOG_LOCAL3, "other facility");
	syslog(LOG_ERR | 0x400, "bad bits");
	printf("mask now %#x\n", setlogmask(0));
	setlogmask(LOG_MASK(LOG_DEBUG));
	syslog(LOG_DEBUG, "only debug");
	syslog(LOG_EMERG, "not emerg");
	closelog();
	setlogmask(0xff);
	openlog(0, LOG_PERROR | LOG_NDELAY, 0);
	syslog(LOG_NOTICE, "no ident");
	openlog("a-very-long-identifier-longer-than-31-bytes", LOG_PERROR, 0);
	char big[2000];
	memset(big, 'x', sizeof big - 1);
	big[sizeof big - 1] = 0;
	syslog(LOG_NOTICE, "%s", big);
	closelog();
	return 0;
}
