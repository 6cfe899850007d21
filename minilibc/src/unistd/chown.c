/* chown: change a file's owner and group, following symbolic links. */
#include <unistd.h>
#include "syscall.h"

int chown(const char *path, uid_t uid, gid_t gid)
{
	return __sys(SYS_chown, path, uid, gid);
}
