/* getpeername: the address a socket is connected to. */
#include <sys/socket.h>
#include "syscall.h"

int getpeername(int fd, struct sockaddr *restrict a, socklen_t *restrict len)
{
	return __sys(SYS_getpeername, fd, a, len);
}
