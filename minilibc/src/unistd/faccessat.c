/* faccessat: access() relative to a directory descriptor; AT_EACCESS
 * checks with the effective ids.  The flags need the kernel's
 * faccessat2 (Linux 5.8); without flags the old call serves. */
#include <unistd.h>
#include <errno.h>
#include "syscall.h"

int faccessat(int dirfd, const char *path, int mode, int flags)
{
	if (!flags)
		return __sys(SYS_faccessat, dirfd, path, mode);
	return __sys(SYS_faccessat2, dirfd, path, mode, flags);
}
