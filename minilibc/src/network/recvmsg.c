/* recvmsg: receive into a scatter list, with control data. */
#include <sys/socket.h>
#include "syscall.h"

ssize_t recvmsg(int fd, struct msghdr *m, int flags)
{
	return __sys(SYS_recvmsg, fd, m, flags);
}
