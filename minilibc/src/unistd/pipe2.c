/* pipe2: pipe with O_CLOEXEC and/or O_NONBLOCK set atomically. */
#include <unistd.h>
#include "syscall.h"

int pipe2(int fd[2], int flags)
{
	return __sys(SYS_pipe2, fd, flags);
}
