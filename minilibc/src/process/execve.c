/* execve: replace the process image. */
#include <unistd.h>
#include "syscall.h"

int execve(const char *path, char *const argv[], char *const envp[])
{
	return __sys(SYS_execve, path, argv, envp);
}
