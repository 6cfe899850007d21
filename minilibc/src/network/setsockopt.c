/* setsockopt: set a socket option. */
#include <sys/socket.h>
#include "syscall.h"

int setsockopt(int fd, int level, int name, const void *v, socklen_t len)
{
	return __sys(SYS_setsockopt, fd, level, name, v, len);
}
