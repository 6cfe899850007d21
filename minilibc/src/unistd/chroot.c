/* chroot: change the root directory (needs the privilege). */
#include <unistd.h>
#include "syscall.h"

int chroot(const char *path)
{
	return __sys(SYS_chroot, path);
}
