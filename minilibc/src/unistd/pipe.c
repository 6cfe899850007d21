/* pipe: create a pipe; fd[0] reads what fd[1] writes. */
#include <unistd.h>
#include "syscall.h"

int pipe(int fd[2])
{
	return __sys(SYS_pipe, fd);
}
