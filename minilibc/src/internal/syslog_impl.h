/* The one log connection of a process: what openlog set and the socket
 * to /dev/log. */
#ifndef _INTERNAL_SYSLOG_IMPL_H
#define _INTERNAL_SYSLOG_IMPL_H
#include "libc.h"

struct __syslog {
	char ident[32];
	int opt, facility, mask, fd;
};
hidden extern struct __syslog __log;
/* Connects __log.fd to /dev/log (a datagram socket), as far as it can. */
hidden void __openlog(void);
#endif
