/* vsnprintf: format into a buffer of n bytes, always terminated (when
 * n > 0); returns the length the full output would have had.
 *
 * The caller's buffer is the FILE's buffer, so formatting writes straight
 * into it.  The FILE's write function runs only when output overflows:
 * it keeps what still fits and discards the rest while reporting
 * success, so the count keeps going. */
#include <stdio.h>
#include <string.h>
#include <limits.h>
#include <errno.h>
#include "stdio_impl.h"

static size_t string_write(FILE *f, const unsigned char *s, size_t n)
{
	if (s == f->wbase) {
		/* A flush of the buffer: those bytes are already in place;
		 * carry on appending after them. */
		size_t k = f->wpos - f->buf;
		f->buf += k;
		f->buf_size -= k;
	} else {
		size_t k = n < f->buf_size ? n : f->buf_size;
		memcpy(f->buf, s, k);
		f->buf += k;
		f->buf_size -= k;
	}
	f->wbase = f->wpos = f->buf;
	f->wend = f->buf + f->buf_size;
	return n;
}

int vsnprintf(char *restrict s, size_t n, const char *restrict fmt, va_list ap)
{
	unsigned char dummy[1];
	FILE f = { 0 };
	int r;

	if (n > INT_MAX) {
		n = INT_MAX;
	}
	f.fd = -1;
	f.mode = _IOFBF;
	f.flags = F_NORD;
	f.buf = n ? (unsigned char *)s : dummy;
	f.buf_size = n ? n - 1 : 0;
	f.write = string_write;
	r = __vfprintf_core(&f, fmt, ap);
	if (n)
		*(f.wpos ? f.wpos : f.buf) = 0;
	return r;
}
