/* lstat: file status by path, not following a final symbolic link. */
#include <sys/stat.h>
#include "syscall.h"

int lstat(const char *restrict path, struct stat *restrict st)
{
	return __sys(SYS_lstat, path, st);
}
