/* send: sendto on a connected socket. */
#include <sys/socket.h>
#include "syscall.h"

ssize_t send(int fd, const void *buf, size_t n, int flags)
{
	return __sys(SYS_sendto, fd, buf, n, flags, 0, 0);
}
