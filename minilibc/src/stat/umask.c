/* umask: set the file-creation mask, returning the old one. */
#include <sys/stat.h>
#include "syscall.h"

mode_t umask(mode_t mask)
{
	return __syscall(SYS_umask, mask);
}
