/* accept: take the next connection. */
#include <sys/socket.h>
#include "syscall.h"

int accept(int fd, struct sockaddr *restrict a, socklen_t *restrict len)
{
	return __sys(SYS_accept, fd, a, len);
}
