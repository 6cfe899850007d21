/* mknodat: a device, FIFO or socket node relative to a directory. */
#include <sys/stat.h>
#include "syscall.h"

int mknodat(int dirfd, const char *path, mode_t mode, dev_t dev)
{
	return __sys(SYS_mknodat, dirfd, path, mode, dev);
}
