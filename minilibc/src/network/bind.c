/* bind: give a socket its local address. */
#include <sys/socket.h>
#include "syscall.h"

int bind(int fd, const struct sockaddr *a, socklen_t len)
{
	return __sys(SYS_bind, fd, a, len);
}
