/* dup: duplicate a file descriptor onto the lowest free number. */
#include <unistd.h>
#include "syscall.h"

int dup(int fd)
{
	return __sys(SYS_dup, fd);
}
