/* fdopendir: a directory stream over an open descriptor, which the
 * stream then owns (closedir closes it).  Not a directory: ENOTDIR. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include "dirent_impl.h"
#include "syscall.h"

DIR *fdopendir(int fd)
{
	struct stat st;
	DIR *d;

	if (fstat(fd, &st) < 0)
		return 0;
	if (!S_ISDIR(st.st_mode)) {
		errno = ENOTDIR;
		return 0;
	}
	d = calloc(1, sizeof *d);
	if (!d)
		return 0;
	__syscall(SYS_fcntl, fd, F_SETFD, FD_CLOEXEC);
	d->fd = fd;
	return d;
}
