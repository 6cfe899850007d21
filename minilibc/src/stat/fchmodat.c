/* fchmodat: chmod relative to a directory descriptor.  Only flag 0 is
 * done by the kernel's fchmodat; AT_SYMLINK_NOFOLLOW needs fchmodat2
 * (Linux 6.6), and links have no mode to change: EOPNOTSUPP there. */
#include <sys/stat.h>
#include "syscall.h"

int fchmodat(int dirfd, const char *path, mode_t mode, int flags)
{
	if (!flags)
		return __sys(SYS_fchmodat, dirfd, path, mode);
	return __sys(SYS_fchmodat2, dirfd, path, mode, flags);
}
