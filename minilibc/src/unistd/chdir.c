/* chdir: change the working directory. */
#include <unistd.h>
#include "syscall.h"

int chdir(const char *path)
{
	return __sys(SYS_chdir, path);
}
