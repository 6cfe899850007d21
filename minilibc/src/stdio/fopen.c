/* fopen: open a file as a stream. */
#include <stdio.h>
#include <fcntl.h>
#include "stdio_impl.h"
#include "syscall.h"

FILE *fopen(const char *restrict path, const char *restrict mode)
{
	int flags = __fmodeflags(mode), fd;
	FILE *f;

	if (flags < 0)
		return 0;
	fd = __sys(SYS_open, path, flags, 0666);
	if (fd < 0)
		return 0;
	f = __fdopen_flags(fd, flags);
	if (!f)
		__syscall(SYS_close, fd);
	return f;
}
