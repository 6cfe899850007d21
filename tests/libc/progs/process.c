/* fork, exec, wait, pipes, exit statuses and signals between processes. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <signal.h>
#include <sys/wait.h>
#include <errno.h>

static int errno_value(void) { return errno; }

int main(int argc, char **argv)
{
	int status, fds[2];

	if (argc > 1 && !strcmp(argv[1], "child")) {
		printf("child got %s\n", argv[2]);
		return atoi(argv[2]);
	}
	printf("getpid>0 %d getppid>0 %d\n", getpid() > 0, getppid() > 0);
	fflush(stdout);
	for (int code = 0; code < 4; code++) {
		pid_t pid = fork();
		if (pid == 0)
			_exit(code * 10);
		printf("waitpid same %d ", waitpid(pid, &status, 0) == pid);
		printf("exited %d status %d\n", WIFEXITED(status), WEXITSTATUS(status));
	}
	pid_t pid = fork();
	if (pid == 0) {
		pause();
		_exit(0);
	}
	kill(pid, SIGTERM);
	wait(&status);
	printf("signaled %d sig %d\n", WIFSIGNALED(status), WTERMSIG(status));

	pipe(fds);
	pid = fork();
	if (pid == 0) {
		close(fds[0]);
		dup2(fds[1], 1);
		close(fds[1]);
		printf("through the pipe %d\n", 123);
		exit(5);
	}
	close(fds[1]);
	char buf[128];
	ssize_t n, total = 0;
	while ((n = read(fds[0], buf + total, sizeof buf - 1 - total)) > 0)
		total += n;
	buf[total] = 0;
	close(fds[0]);
	waitpid(pid, &status, 0);
	printf("pipe read [%s] status %d\n", buf, WEXITSTATUS(status));

	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		char *args[] = { argv[0], "child", "7", NULL };
		execve(argv[0], args, environ);
		_exit(99);
	}
	waitpid(pid, &status, 0);
	printf("execve child exit %d\n", WEXITSTATUS(status));

	pid = fork();
	if (pid == 0) {
		char *args[] = { "sh", "-c", "echo from sh; exit 3", NULL };
		execvp("sh", args);
		_exit(99);
	}
	waitpid(pid, &status, 0);
	printf("execvp exit %d\n", WEXITSTATUS(status));
	pid = fork();
	if (pid == 0) {
		char *args[] = { "no-such-program-xyz", NULL };
		execvp("no-such-program-xyz", args);
		printf("execvp failed: %s\n", strerror(errno_value()));
		_exit(42);
	}
	waitpid(pid, &status, 0);
	printf("missing program exit %d\n", WEXITSTATUS(status));
	printf("waitpid no child %d\n", waitpid(-1, &status, WNOHANG));
	return 0;
}
