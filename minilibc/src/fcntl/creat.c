/* creat: open for writing, creating or truncating. */
#include <fcntl.h>
#include "syscall.h"

int creat(const char *path, mode_t mode)
{
	return __sys(SYS_open, path, O_CREAT | O_WRONLY | O_TRUNC, mode);
}
