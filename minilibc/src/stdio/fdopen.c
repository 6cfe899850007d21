/* fdopen: a stream over an already open descriptor. */
#include <stdio.h>
#include <fcntl.h>
#include "stdio_impl.h"
#include "syscall.h"

FILE *fdopen(int fd, const char *mode)
{
	int flags = __fmodeflags(mode);

	if (flags < 0)
		return 0;
	/* "a" positions at the end, as if opened with O_APPEND. */
	if (flags & O_APPEND) {
		long fl = __syscall(SYS_fcntl, fd, F_GETFL);
		if (!(fl & O_APPEND))
			__syscall(SYS_fcntl, fd, F_SETFL, fl | O_APPEND);
	}
	return __fdopen_flags(fd, flags);
}
