/* connect: connect a socket to an address. */
#include <sys/socket.h>
#include "syscall.h"

int connect(int fd, const struct sockaddr *a, socklen_t len)
{
	return __sys(SYS_connect, fd, a, len);
}
