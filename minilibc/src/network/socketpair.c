/* socketpair: a pair of connected sockets. */
#include <sys/socket.h>
#include "syscall.h"

int socketpair(int domain, int type, int protocol, int fd[2])
{
	return __sys(SYS_socketpair, domain, type, protocol, fd);
}
