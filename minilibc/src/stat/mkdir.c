/* mkdir: create a directory. */
#include <sys/stat.h>
#include "syscall.h"

int mkdir(const char *path, mode_t mode)
{
	return __sys(SYS_mkdir, path, mode);
}
