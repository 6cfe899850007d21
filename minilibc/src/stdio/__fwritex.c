/* __fwritex: write n bytes through a stream's buffer.  Data that does not
 * fit flushes the buffer; data at least a buffer long bypasses it.  On a
 * line-buffered stream, output up to the last newline is flushed. */
#include <string.h>
#include "stdio_impl.h"

hidden size_t __fwritex(const unsigned char *s, size_t n, FILE *f)
{
	if (!f->wend && __towrite(f))
		return 0;
	if (n > (size_t)(f->wend - f->wpos)) {
		if (f->wpos != f->wbase && __fflush_one(f))
			return 0;
		__towrite(f);           /* flushing left the stream modeless */
		if (n >= f->buf_size || f->mode == _IONBF)
			return f->write(f, s, n);
	}
	memcpy(f->wpos, s, n);
	f->wpos += n;
	if (f->mode == _IOLBF && memchr(s, '\n', n) && __fflush_one(f))
		return 0;
	return n;
}
