/* lchown: chown that changes a symbolic link itself. */
#include <unistd.h>
#include "syscall.h"

int lchown(const char *path, uid_t uid, gid_t gid)
{
	return __sys(SYS_lchown, path, uid, gid);
}
