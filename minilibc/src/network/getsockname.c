/* getsockname: a socket's local address. */
#include <sys/socket.h>
#include "syscall.h"

int getsockname(int fd, struct sockaddr *restrict a, socklen_t *restrict len)
{
	return __sys(SYS_getsockname, fd, a, len);
}
