/* fchown: change the owner and group of an open file (-1 keeps one). */
#include <unistd.h>
#include "syscall.h"

int fchown(int fd, uid_t uid, gid_t gid)
{
	return __sys(SYS_fchown, fd, uid, gid);
}
