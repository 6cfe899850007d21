/* freopen: reopen a stream on another file, keeping the FILE.  The new
 * descriptor is moved onto the old number, so freopen(.., stdout) makes
 * fd 1 the new file, as programs expect. */
#include <stdio.h>
#include <fcntl.h>
#include "stdio_impl.h"
#include "syscall.h"

static FILE *unlocked_freopen(const char *restrict path, const char *restrict mode, FILE *restrict f)
{
	int flags = __fmodeflags(mode), fd;

	__fflush_one(f);
	if (flags < 0 || !path)
		goto fail;
	fd = __sys(SYS_open, path, flags, 0666);
	if (fd < 0)
		goto fail;
	if (fd != f->fd) {
		if (__sys(SYS_dup2, fd, f->fd) < 0) {
			__syscall(SYS_close, fd);
			goto fail;
		}
		__syscall(SYS_close, fd);
	}
	f->flags &= F_PERM;
	if ((flags & O_ACCMODE) == O_RDONLY)
		f->flags |= F_NOWR;
	if ((flags & O_ACCMODE) == O_WRONLY)
		f->flags |= F_NORD;
	if (flags & O_APPEND)
		f->flags |= F_APP;
	return f;
fail:
	fclose(f);
	return 0;
}

FILE *freopen(const char *restrict path, const char *restrict mode, FILE *restrict f)
{
	FLOCK(f);
	FILE *r = unlocked_freopen(path, mode, f);
	FUNLOCK(f);
	return r;
}
