/* recvfrom: receive a message and the address it came from. */
#include <sys/socket.h>
#include "syscall.h"

ssize_t recvfrom(int fd, void *restrict buf, size_t n, int flags, struct sockaddr *restrict a, socklen_t *restrict len)
{
	return __sys(SYS_recvfrom, fd, buf, n, flags, a, len);
}
