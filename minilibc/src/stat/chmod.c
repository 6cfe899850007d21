/* chmod: change a file's permission bits. */
#include <sys/stat.h>
#include "syscall.h"

int chmod(const char *path, mode_t mode)
{
	return __sys(SYS_chmod, path, mode);
}
