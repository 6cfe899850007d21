/* link: a new hard link (directory entry) for an existing file. */
#include <unistd.h>
#include "syscall.h"

int link(const char *old, const char *new)
{
	return __sys(SYS_link, old, new);
}
