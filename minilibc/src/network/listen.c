/* listen: accept connections on a socket. */
#include <sys/socket.h>
#include "syscall.h"

int listen(int fd, int backlog)
{
	return __sys(SYS_listen, fd, backlog);
}
