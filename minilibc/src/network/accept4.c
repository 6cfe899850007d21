/* accept4: accept, with SOCK_CLOEXEC / SOCK_NONBLOCK on the new socket. */
#include <sys/socket.h>
#include "syscall.h"

int accept4(int fd, struct sockaddr *restrict a, socklen_t *restrict len, int flags)
{
	return __sys(SYS_accept4, fd, a, len, flags);
}
