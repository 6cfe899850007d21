/* pclose: close a popen stream and wait for its command; its wait
 * status, or -1 (ECHILD for a stream popen did not make). */
#include <stdio.h>
#include <errno.h>
#include <sys/wait.h>
#include "stdio_impl.h"
#include "syscall.h"

int pclose(FILE *f)
{
	pid_t pid = f->pipe_pid;
	int status;
	long r;

	fclose(f);
	if (pid <= 0) {
		errno = ECHILD;
		return -1;
	}
	while ((r = __syscall(SYS_wait4, pid, &status, 0, 0)) == -EINTR)
		;
	if (r < 0)
		return __syscall_ret(r);
	return status;
}
