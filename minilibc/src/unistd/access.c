/* access: check the caller may use a file in the given ways. */
#include <unistd.h>
#include "syscall.h"

int access(const char *path, int mode)
{
	return __sys(SYS_access, path, mode);
}
