/* rename: rename a file. */
#include <stdio.h>
#include "syscall.h"

int rename(const char *old, const char *new)
{
	return __sys(SYS_rename, old, new);
}
