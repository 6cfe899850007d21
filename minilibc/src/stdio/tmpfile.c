/* tmpfile: a new file in /tmp, open "w+", already unlinked, so it goes
 * away when closed or when the program ends. */
#include <stdio.h>
#include <errno.h>
#include <fcntl.h>
#include "libc.h"
#include "syscall.h"

FILE *tmpfile(void)
{
	char name[] = "/tmp/tmpfile_XXXXXX";
	for (int tries = 0; tries < 100; tries++) {
		__randname(name + 13);
		long fd = __syscall(SYS_open, name, O_RDWR | O_CREAT | O_EXCL, 0600);
		if (fd == -EEXIST)
			continue;
		if (fd < 0) {
			__syscall_ret(fd);   /* sets errno */
			return 0;
		}
		__syscall(SYS_unlink, name);
		FILE *f = fdopen((int)fd, "w+");
		if (!f)
			__syscall(SYS_close, fd);
		return f;
	}
	return 0;
}
