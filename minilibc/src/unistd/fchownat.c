/* fchownat: chown relative to a directory descriptor (AT_SYMLINK_NOFOLLOW
 * changes a link itself, AT_EMPTY_PATH the descriptor's file). */
#include <unistd.h>
#include "syscall.h"

int fchownat(int dirfd, const char *path, uid_t uid, gid_t gid, int flags)
{
	return __sys(SYS_fchownat, dirfd, path, uid, gid, flags);
}
