/* readdir: the next entry.  The kernel's linux_dirent64 record has the
 * same layout as our struct dirent, so entries are returned in place. */
#include <dirent.h>
#include <errno.h>
#include "dirent_impl.h"
#include "syscall.h"

struct dirent *readdir(DIR *d)
{
	struct dirent *de;

	if (d->pos >= d->end) {
		long n = __syscall(SYS_getdents64, d->fd, d->buf, sizeof d->buf);
		if (n <= 0) {
			if (n < 0 && n != -ENOENT)
				errno = -n;
			return 0;
		}
		d->end = n;
		d->pos = 0;
	}
	de = (struct dirent *)(d->buf + d->pos);
	d->pos += de->d_reclen;
	return de;
}
