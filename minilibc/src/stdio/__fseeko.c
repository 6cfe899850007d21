/* __fseeko: the seek behind fseek and friends.  Pending output is
 * written, buffered input is discarded (allowing for it when seeking
 * relative to the current position), and the EOF flag cleared. */
#include <stdio.h>
#include <errno.h>
#include "stdio_impl.h"

hidden int __fseeko(FILE *f, off_t off, int whence)
{
	if (whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END) {
		errno = EINVAL;
		return -1;
	}
	if (whence == SEEK_CUR && f->rend)
		off -= f->rend - f->rpos;
	if (f->wpos != f->wbase && __fflush_one(f))
		return -1;
	f->wbase = f->wpos = f->wend = 0;
	if (f->seek(f, off, whence) < 0)
		return -1;
	f->rpos = f->rend = 0;
	f->flags &= ~F_EOF;
	return 0;
}
