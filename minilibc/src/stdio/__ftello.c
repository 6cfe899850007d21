/* __ftello: the stream position: the descriptor's, less unread input,
 * plus unwritten output. */
#include <stdio.h>
#include <errno.h>
#include "stdio_impl.h"

hidden off_t __ftello(FILE *f)
{
	int whence = (f->flags & F_APP) && f->wpos != f->wbase ? SEEK_END : SEEK_CUR;
	off_t pos = f->seek(f, 0, whence);

	if (pos < 0)
		return pos;
	if (f->rend)
		pos -= f->rend - f->rpos;
	else if (f->wbase)
		pos += f->wpos - f->wbase;
	return pos;
}
