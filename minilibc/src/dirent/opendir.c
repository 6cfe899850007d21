/* opendir: open a directory stream. */
#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#include "dirent_impl.h"
#include "syscall.h"

DIR *opendir(const char *name)
{
	int fd = open(name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	DIR *d;

	if (fd < 0)
		return 0;
	d = calloc(1, sizeof *d);
	if (!d) {
		__syscall(SYS_close, fd);
		return 0;
	}
	d->fd = fd;
	return d;
}
