/* close: release a file descriptor. */
#include <unistd.h>
#include "syscall.h"

int close(int fd)
{
	return __sys(SYS_close, fd);
}
