/* unlink: remove a directory entry. */
#include <unistd.h>
#include "syscall.h"

int unlink(const char *path)
{
	return __sys(SYS_unlink, path);
}
