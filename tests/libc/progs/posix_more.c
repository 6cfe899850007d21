/* More POSIX calls real tools use: the execl family, daemon, the *at
 * calls (faccessat with AT_EACCESS, fchmodat, fchownat, linkat,
 * symlinkat), mknod/mkfifo, futimens, ttyname on a non-terminal,
 * getlogin, sync, and the limits and names headers give. */
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#define SYSLOG_NAMES
#include <syslog.h>

#define SHOW(call) do { errno = 0; long r_ = (long)(call); \
	printf("%-56s = %ld errno=%d\n", #call, r_, r_ < 0 ? errno : 0); } while (0)

static int run(int which)
{
	pid_t pid = fork();
	if (pid == 0) {
		if (which == 0)
			execl("/bin/sh", "sh", "-c", "exit 3", (char *)0);
		else if (which == 1)
			execlp("sh", "sh", "-c", "echo \"$0 $1\"; exit 4", "a", "b", (char *)0);
		else {
			char *env[] = {"X=from-execle", 0};
			execle("/bin/sh", "sh", "-c", "echo $X; exit 5", (char *)0, env);
		}
		_exit(99);
	}
	int st;
	waitpid(pid, &st, 0);
	return WEXITSTATUS(st);
}

int main(void)
{
	setvbuf(stdout, 0, _IONBF, 0);
	printf("execl %d\n", run(0));
	printf("execlp %d\n", run(1));
	printf("execle %d\n", run(2));
	int p[2];
	pipe(p);
	if (fork() == 0) {
		close(p[0]);
		if (daemon(1, 1) == 0) {   /* a grandchild, in a session of its own */
			char msg[64];
			int n = snprintf(msg, sizeof msg, "daemon: leader %d own group %d\n",
			                 getsid(0) == getpid(), getpgrp() == getsid(0));
			write(p[1], msg, n);
		}
		_exit(0);
	}
	close(p[1]);
	char buf[64] = "";
	read(p[0], buf, sizeof buf - 1);
	wait(0);
	printf("%s", buf);

	close(open("f", O_CREAT | O_WRONLY, 0600));
	struct stat st;
	SHOW(faccessat(AT_FDCWD, "f", R_OK | W_OK, AT_EACCESS));
	SHOW(faccessat(AT_FDCWD, "f", X_OK, 0));
	SHOW(faccessat(AT_FDCWD, "missing", F_OK, 0));
	SHOW(fchmodat(AT_FDCWD, "f", 0640, 0));
	SHOW(stat("f", &st));
	printf("mode %o\n", st.st_mode & 0777);
	SHOW(fchownat(AT_FDCWD, "f", getuid(), getgid(), 0));
	SHOW(linkat(AT_FDCWD, "f", AT_FDCWD, "hard", 0));
	SHOW(symlinkat("f", AT_FDCWD, "soft"));
	SHOW(fchmodat(AT_FDCWD, "soft", 0600, AT_SYMLINK_NOFOLLOW) < 0);
	SHOW(stat("hard", &st));
	printf("links %ld\n", (long)st.st_nlink);
	SHOW(mkfifo("fifo", 0644));
	SHOW(stat("fifo", &st));
	printf("fifo %d\n", S_ISFIFO(st.st_mode));
	SHOW(mknod("node", S_IFIFO | 0600, 0));
	SHOW(mkfifo("fifo", 0644));
	int fd = open("f", O_RDWR);
	struct timespec ts[2] = {{1000, 5}, {2000, 6}};
	SHOW(futimens(fd, ts));
	fstat(fd, &st);
	printf("times %ld.%ld %ld.%ld\n", (long)st.st_atim.tv_sec, st.st_atim.tv_nsec,
	       (long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
	SHOW(ttyname(fd) == 0);
	char name[64];
	SHOW(ttyname_r(fd, name, sizeof name));
	printf("getlogin %s\n", getlogin() ? "set" : "NULL");
	sync();
	struct winsize ws;
	SHOW(ioctl(fd, TIOCGWINSZ, &ws));
	printf("limits %d %d %d %d %d\n", NZERO, _POSIX_ARG_MAX, _POSIX_NAME_MAX, _POSIX_PATH_MAX,
	       _POSIX_HOST_NAME_MAX);
	for (const CODE *c = prioritynames; c->c_name; c++)
		printf("%s=%d ", c->c_name, c->c_val);
	printf("\n");
	for (const CODE *c = facilitynames; c->c_name; c++)
		printf("%s=%d ", c->c_name, c->c_val);
	printf("\n");
	return 0;
}
