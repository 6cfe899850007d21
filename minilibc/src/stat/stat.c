/* stat: file status by path, following symbolic links. */
#include <sys/stat.h>
#include "syscall.h"

int stat(const char *restrict path, struct stat *restrict st)
{
	return __sys(SYS_stat, path, st);
}
