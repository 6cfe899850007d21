/* linkat: link relative to directory descriptors (AT_SYMLINK_FOLLOW
 * links what a symbolic link names). */
#include <unistd.h>
#include "syscall.h"

int linkat(int fd1, const char *old, int fd2, const char *new, int flags)
{
	return __sys(SYS_linkat, fd1, old, fd2, new, flags);
}
