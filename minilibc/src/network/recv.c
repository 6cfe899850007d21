/* recv: recvfrom on a connected socket. */
#include <sys/socket.h>
#include "syscall.h"

ssize_t recv(int fd, void *buf, size_t n, int flags)
{
	return __sys(SYS_recvfrom, fd, buf, n, flags, 0, 0);
}
