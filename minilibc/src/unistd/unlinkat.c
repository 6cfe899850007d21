/* unlinkat: unlink (or, with AT_REMOVEDIR, rmdir) relative to a
 * directory descriptor. */
#include <unistd.h>
#include "syscall.h"

int unlinkat(int dirfd, const char *path, int flags)
{
	return __sys(SYS_unlinkat, dirfd, path, flags);
}
