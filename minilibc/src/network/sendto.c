/* sendto: send a message, to an address for an unconnected socket. */
#include <sys/socket.h>
#include "syscall.h"

ssize_t sendto(int fd, const void *buf, size_t n, int flags, const struct sockaddr *a, socklen_t len)
{
	return __sys(SYS_sendto, fd, buf, n, flags, a, len);
}
