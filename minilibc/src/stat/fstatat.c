/* fstatat: file status relative to a directory descriptor (AT_FDCWD for
 * the working directory); AT_SYMLINK_NOFOLLOW acts as lstat. */
#include <sys/stat.h>
#include "syscall.h"

int fstatat(int dirfd, const char *restrict path, struct stat *restrict st, int flags)
{
	return __sys(SYS_newfstatat, dirfd, path, st, flags);
}
