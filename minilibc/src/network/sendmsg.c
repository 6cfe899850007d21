/* sendmsg: send from a scatter list, with control data. */
#include <sys/socket.h>
#include "syscall.h"

ssize_t sendmsg(int fd, const struct msghdr *m, int flags)
{
	return __sys(SYS_sendmsg, fd, m, flags);
}
