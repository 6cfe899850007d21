/* popen: run "sh -c command" with a pipe to its standard input ("w") or
 * from its standard output ("r").  The pipe is close-on-exec, so the
 * command inherits neither it nor the pipes of earlier popen streams
 * (POSIX asks that those be closed in the child); pclose waits for it.
 * A shell that cannot be run exits 127, as with system(). */
#include <stdio.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include "stdio_impl.h"
#include "syscall.h"

/* In the child: the pipe's end becomes fd `to`, then the shell runs. */
static _Noreturn void run_child(int end, int to, const char *command)
{
	if (end == to)   /* dup2 would keep close-on-exec set */
		__syscall(SYS_fcntl, end, F_SETFD, 0);
	else if (__syscall(SYS_dup2, end, to) < 0)
		_exit(127);
	char *argv[] = {"sh", "-c", (char *)command, 0};
	__syscall(SYS_execve, "/bin/sh", argv, environ);
	_exit(127);
}

FILE *popen(const char *command, const char *mode)
{
	int p[2], mine;
	FILE *f;
	pid_t pid;

	if (*mode != 'r' && *mode != 'w') {
		errno = EINVAL;
		return 0;
	}
	mine = *mode == 'w';   /* the parent's end: read p[0], write p[1] */
	if (pipe2(p, O_CLOEXEC))
		return 0;
	f = fdopen(p[mine], *mode == 'r' ? "r" : "w");
	if (!f)
		goto fail;
	pid = fork();
	if (pid == 0)
		run_child(p[!mine], !mine ? 1 : 0, command);
	if (pid < 0) {
		int e = errno;
		fclose(f);
		__syscall(SYS_close, p[!mine]);
		errno = e;
		return 0;
	}
	__syscall(SYS_close, p[!mine]);
	f->pipe_pid = pid;
	return f;
fail:
	__syscall(SYS_close, p[0]);
	__syscall(SYS_close, p[1]);
	return 0;
}
