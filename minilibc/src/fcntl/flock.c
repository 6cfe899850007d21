/* flock: an advisory lock on a whole open file. */
#include <sys/file.h>
#include "syscall.h"

int flock(int fd, int op)
{
	return __sys(SYS_flock, fd, op);
}
