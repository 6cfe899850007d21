/* rmdir: remove an empty directory. */
#include <unistd.h>
#include "syscall.h"

int rmdir(const char *path)
{
	return __sys(SYS_rmdir, path);
}
