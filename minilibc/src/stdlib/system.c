/* system: run a command with /bin/sh and wait for it.  SIGINT/SIGQUIT
 * are not ignored meanwhile, a simplification of POSIX. */
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>

int system(const char *cmd)
{
	pid_t pid;
	int status;

	if (!cmd)
		return 1;
	pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		char *argv[] = { "sh", "-c", (char *)cmd, 0 };
		execve("/bin/sh", argv, environ);
		_exit(127);
	}
	while (waitpid(pid, &status, 0) < 0)
		;
	return status;
}
