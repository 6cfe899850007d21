/* shutdown: shut down one or both directions of a connection. */
#include <sys/socket.h>
#include "syscall.h"

int shutdown(int fd, int how)
{
	return __sys(SYS_shutdown, fd, how);
}
