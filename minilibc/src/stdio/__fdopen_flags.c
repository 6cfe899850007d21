/* __fdopen_flags: make a stream for fd, with permissions from open()
 * flags.  FILE and buffer are one allocation.  Buffering (line for
 * terminals, full otherwise) is decided at first write. */
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include "stdio_impl.h"

hidden FILE *__fdopen_flags(int fd, int oflags)
{
	FILE *f = malloc(sizeof *f + UNGET + BUFSIZ);

	if (!f)
		return 0;
	memset(f, 0, sizeof *f);
	f->fd = fd;
	f->mode = -1;
	f->buf = (unsigned char *)(f + 1) + UNGET;
	f->buf_size = BUFSIZ;
	if ((oflags & O_ACCMODE) == O_RDONLY)
		f->flags |= F_NOWR;
	if ((oflags & O_ACCMODE) == O_WRONLY)
		f->flags |= F_NORD;
	if (oflags & O_APPEND)
		f->flags |= F_APP;
	f->write = __stdio_write;
	f->read = __stdio_read;
	f->seek = __stdio_seek;
	f->close = __stdio_close;
	__ofl_add(f);
	return f;
}
