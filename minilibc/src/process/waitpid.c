/* waitpid: wait for a child to change state. */
#include <sys/wait.h>
#include "syscall.h"

pid_t waitpid(pid_t pid, int *status, int options)
{
	return __sys(SYS_wait4, pid, status, options, 0);
}
