/* The small POSIX system interfaces: uname, gethostname, sysconf,
 * rlimits, priorities, times, poll, select, utime, flock, pipe2/dup3,
 * sessions and process groups, and <sys/sysmacros.h>.  What depends on
 * the machine is compared with another source of the same fact. */
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>
#include <utime.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>

#define SHOW(call) do { errno = 0; long r_ = (long)(call); \
	printf("%-60s = %ld errno=%d\n", #call, r_, r_ < 0 ? errno : 0); } while (0)

static void names(void)
{
	struct utsname u;
	char host[300], small[4];
	SHOW(uname(&u));
	printf("sysname=%s machine=%s\n", u.sysname, u.machine);
	SHOW(gethostname(host, sizeof host));
	printf("hostname is nodename: %d\n", !strcmp(host, u.nodename));
	SHOW(gethostname(small, sizeof small));
	printf("cut: %d [%.3s] len %zu\n", strlen(u.nodename) >= 4 ? small[3] == 0 : 1,
	       small, strlen(small) <= 3 ? (size_t)1 : 0);
	SHOW(getpagesize());
}

static void limits(void)
{
	static const int sc[] = {_SC_ARG_MAX, _SC_CLK_TCK, _SC_NGROUPS_MAX, _SC_OPEN_MAX,
		_SC_STREAM_MAX, _SC_TZNAME_MAX, _SC_JOB_CONTROL, _SC_SAVED_IDS, _SC_VERSION,
		_SC_PAGESIZE, _SC_PAGE_SIZE, _SC_RTSIG_MAX, _SC_LINE_MAX, _SC_RE_DUP_MAX,
		_SC_2_VERSION, _SC_IOV_MAX, _SC_LOGIN_NAME_MAX, _SC_TTY_NAME_MAX, _SC_NZERO,
		_SC_SYMLOOP_MAX, _SC_HOST_NAME_MAX, _SC_GETPW_R_SIZE_MAX, 9999, -1};
	for (size_t i = 0; i < sizeof sc / sizeof *sc; i++) {
		errno = 0;
		long v = sysconf(sc[i]);
		printf("sysconf(%d) = %ld errno=%d\n", sc[i], v, errno);
	}
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	printf("processors: %d %d\n", n >= 1, n == sysconf(_SC_NPROCESSORS_CONF));
	long phys = sysconf(_SC_PHYS_PAGES), av = sysconf(_SC_AVPHYS_PAGES);
	printf("pages: %d %d\n", phys > 1000, av > 0 && av <= phys);
	struct rlimit rl, low;
	SHOW(getrlimit(RLIMIT_NOFILE, &rl));
	printf("nofile cur=max? %d sysconf agrees %d\n", rl.rlim_cur <= rl.rlim_max,
	       (long)rl.rlim_cur == sysconf(_SC_OPEN_MAX));
	low = (struct rlimit){64, rl.rlim_max};
	SHOW(setrlimit(RLIMIT_NOFILE, &low));
	SHOW(getrlimit(RLIMIT_NOFILE, &low));
	printf("now %llu, sysconf %ld\n", (unsigned long long)low.rlim_cur, sysconf(_SC_OPEN_MAX));
	SHOW(getrlimit(999, &rl));
	struct rusage ru;
	SHOW(getrusage(RUSAGE_SELF, &ru));
	SHOW(getrusage(5, &ru));
	int prio = getpriority(PRIO_PROCESS, 0);
	SHOW(nice(1) == prio + 1);
	SHOW(getpriority(PRIO_PROCESS, 0) == prio + 1);
	SHOW(nice(-5));   /* unprivileged: EPERM; as root: prio - 4 */
	struct tms t;
	SHOW(times(&t) != (clock_t)-1);
}

static void waiting(void)
{
	int p[2];
	SHOW(pipe2(p, O_CLOEXEC | O_NONBLOCK));
	SHOW(fcntl(p[0], F_GETFD));
	SHOW(fcntl(p[1], F_GETFL) & O_NONBLOCK);
	struct pollfd fds[2] = {{p[0], POLLIN, 0}, {p[1], POLLOUT, 0}};
	SHOW(poll(fds, 2, 0));
	printf("revents %d %d\n", fds[0].revents, fds[1].revents);
	SHOW(write(p[1], "x", 1));
	SHOW(poll(fds, 1, 100));
	printf("revents %d\n", fds[0].revents);
	fd_set r, w;
	FD_ZERO(&r);
	FD_ZERO(&w);
	FD_SET(p[0], &r);
	FD_SET(p[1], &w);
	struct timeval tv = {0, 0};
	SHOW(select(p[1] + 1, &r, &w, 0, &tv));
	printf("isset %d %d %d\n", FD_ISSET(p[0], &r), FD_ISSET(p[1], &w), FD_ISSET(0, &r));
	FD_CLR(p[0], &r);
	printf("cleared %d\n", FD_ISSET(p[0], &r));
	SHOW(dup3(p[0], 40, O_CLOEXEC));
	SHOW(fcntl(40, F_GETFD));
	SHOW(dup3(40, 40, 0));
	SHOW(pipe2(p, 12345678));
}

static void files(void)
{
	struct stat st;
	int fd = open("f", O_CREAT | O_RDWR, 0644), fd2 = open("f", O_RDWR);
	struct utimbuf ut = {1000000, 2000000};
	SHOW(utime("f", &ut));
	SHOW(stat("f", &st));
	printf("atime %ld mtime %ld\n", (long)st.st_atime, (long)st.st_mtime);
	SHOW(utime("f", 0));
	SHOW(stat("f", &st));
	printf("now: %d\n", st.st_mtime > 1600000000);
	SHOW(utime("nonexistent/f", &ut));
	SHOW(flock(fd, LOCK_EX));
	SHOW(flock(fd2, LOCK_EX | LOCK_NB));
	SHOW(flock(fd2, LOCK_SH | LOCK_NB));
	SHOW(flock(fd, LOCK_UN));
	SHOW(flock(fd2, LOCK_SH | LOCK_NB));
	SHOW(flock(99, LOCK_SH));
	dev_t d = makedev(0x12345, 0xabcdef);
	printf("dev %#llx major %#x minor %#x\n", (unsigned long long)d, major(d), minor(d));
	SHOW(stat("/dev/null", &st));
	printf("/dev/null %u:%u\n", major(st.st_rdev), minor(st.st_rdev));
}

static void sessions(void)
{
	SHOW(getpgrp() == getpgid(0));
	SHOW(getsid(0) == getsid(getpid()));
	SHOW(getpgid(999999));
	pid_t pid = fork();
	if (pid == 0) {
		pid_t s = setsid();
		int ok = s == getpid() && getsid(0) == s && getpgrp() == s;
		_exit(ok ? 7 : 1);
	}
	int status;
	waitpid(pid, &status, 0);
	printf("child setsid: %d\n", WEXITSTATUS(status));
	pid = fork();
	if (pid == 0)
		_exit(setpgid(0, 0) == 0 && getpgrp() == getpid() ? 8 : 1);
	waitpid(pid, &status, 0);
	printf("child setpgid: %d\n", WEXITSTATUS(status));
	SHOW(setsid() == getpid());   /* a group leader already? EPERM */
}

int main(void)
{
	setvbuf(stdout, 0, _IONBF, 0);
	names();
	limits();
	waiting();
	files();
	sessions();
	return 0;
}
