/* __overflow: putc's slow path - the buffer is full, absent, the stream
 * unbuffered, or c is a newline on a line-buffered stream. */
#include "stdio_impl.h"

hidden int __overflow(FILE *f, int c)
{
	unsigned char ch = c;

	if (!f->wend && __towrite(f))
		return EOF;
	return __fwritex(&ch, 1, f) == 1 ? ch : EOF;
}
