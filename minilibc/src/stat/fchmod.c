/* fchmod: change the permission bits of an open file. */
#include <sys/stat.h>
#include "syscall.h"

int fchmod(int fd, mode_t mode)
{
	return __sys(SYS_fchmod, fd, mode);
}
