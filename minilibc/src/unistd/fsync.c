/* fsync: push a file's data to the device. */
#include <unistd.h>
#include "syscall.h"

int fsync(int fd)
{
	return __sys(SYS_fsync, fd);
}
