/* symlinkat: symlink relative to a directory descriptor. */
#include <unistd.h>
#include "syscall.h"

int symlinkat(const char *target, int dirfd, const char *path)
{
	return __sys(SYS_symlinkat, target, dirfd, path);
}
