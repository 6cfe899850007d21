/* getsockopt: read a socket option. */
#include <sys/socket.h>
#include "syscall.h"

int getsockopt(int fd, int level, int name, void *restrict v, socklen_t *restrict len)
{
	return __sys(SYS_getsockopt, fd, level, name, v, len);
}
