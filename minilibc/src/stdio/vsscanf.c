/* vsscanf: scanf from a string, through the one engine (vfscanf.c).
 *
 * The string is the stream's buffer: each refill hands the engine the
 * next chunk of the string in place (no copy) and the end of the string
 * is the end of input.  Chunks keep a long string from being measured
 * whole when the format reads only its start. */
#include <stdio.h>
#include <string.h>
#include "stdio_impl.h"

/* __uflow reads into f->buf; pointing f->buf at the next chunk instead
 * makes that chunk the buffer.  The engine's one-byte pushback only
 * ever steps back over the byte just read, which is inside it. */
static size_t string_read(FILE *f, unsigned char *buf, size_t len)
{
	char *src = f->cookie;
	size_t k = strnlen(src, 256);

	(void)buf, (void)len;
	if (!k) {
		f->flags |= F_EOF;
		return 0;
	}
	f->buf = (unsigned char *)src;
	f->cookie = src + k;
	return k;
}

int vsscanf(const char *restrict s, const char *restrict fmt, va_list ap)
{
	FILE f = { 0 };

	f.fd = -1;
	f.flags = F_NOWR;
	f.mode = _IOFBF;
	f.buf = (unsigned char *)s;
	f.buf_size = 1;
	f.read = string_read;
	f.cookie = (void *)s;
	return vfscanf(&f, fmt, ap);
}
