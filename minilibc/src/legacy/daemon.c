/* daemon: detach from the terminal as a background service, as musl
 * does: fork (the parent exits), setsid, fork again; chdir("/") unless
 * nochdir; stdin, stdout and stderr to /dev/null unless noclose. */
#include <unistd.h>
#include <fcntl.h>

int daemon(int nochdir, int noclose)
{
	if (!nochdir && chdir("/"))
		return -1;
	if (!noclose) {
		int fd = open("/dev/null", O_RDWR), failed = 0;
		if (fd < 0)
			return -1;
		failed = dup2(fd, 0) < 0 || dup2(fd, 1) < 0 || dup2(fd, 2) < 0;
		if (fd > 2)
			close(fd);
		if (failed)
			return -1;
	}
	switch (fork()) {
	case -1: return -1;
	case 0: break;
	default: _exit(0);
	}
	if (setsid() < 0)
		return -1;
	switch (fork()) {
	case -1: return -1;
	case 0: break;
	default: _exit(0);
	}
	return 0;
}
