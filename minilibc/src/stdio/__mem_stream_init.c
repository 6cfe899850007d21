/* __mem_stream_init: the parts of a memory stream (fmemopen,
 * open_memstream) that are not its device: no descriptor, fully
 * buffered, a BUFSIZ buffer right after its cookie in the same
 * allocation (f, then the cookie, then UNGET + BUFSIZ bytes), and on the
 * list of open streams so exit flushes it.  The caller sets the device
 * functions. */
#include <stdio.h>
#include "stdio_impl.h"

hidden void __mem_stream_init(FILE *f, void *cookie, size_t cookie_size, unsigned flags)
{
	f->fd = -1;
	f->flags = flags;
	f->mode = _IOFBF;
	f->buf = (unsigned char *)cookie + cookie_size + UNGET;
	f->buf_size = BUFSIZ;
	f->cookie = cookie;
	__ofl_add(f);
}
