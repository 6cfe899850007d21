/* __uflow: getc's slow path - refill the buffer and return one byte.
 * An unbuffered stream reads one byte at a time, so it never consumes
 * input another process sharing the descriptor should see. */
#include "stdio_impl.h"

hidden int __uflow(FILE *f)
{
	size_t n;

	if (__toread(f))
		return EOF;
	n = f->read(f, f->buf, f->mode == _IONBF ? 1 : f->buf_size);
	if (!n) {
		f->rpos = f->rend = f->buf;
		return EOF;
	}
	f->rpos = f->buf;
	f->rend = f->buf + n;
	return *f->rpos++;
}
