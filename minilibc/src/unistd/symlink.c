/* symlink: create a symbolic link at path holding target. */
#include <unistd.h>
#include "syscall.h"

int symlink(const char *target, const char *path)
{
	return __sys(SYS_symlink, target, path);
}
