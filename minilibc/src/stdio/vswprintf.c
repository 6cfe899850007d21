/* vswprintf: the wide printf into an array of n wide characters.  As
 * musl: the stream's bytes are decoded back with mbtowc as they are
 * flushed, output beyond n - 1 characters is dropped, the array is
 * always terminated (n > 0), and output that did not fit makes the
 * result -1 (unlike snprintf, which returns the length it needed). */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include "stdio_impl.h"

struct dest {
	wchar_t *ws;
	size_t room;     /* characters left, less the terminator */
};

static size_t wide_write(FILE *f, const unsigned char *s, size_t n)
{
	struct dest *d = f->cookie;
	size_t n0 = n;
	int l = 0;

	/* A null byte decodes to 0 and uses none: as musl, it fills what
	 * room is left with null characters. */
	while (d->room && n && (l = mbtowc(d->ws, (const char *)s, n)) >= 0) {
		s += l;
		n -= l;
		d->room--;
		d->ws++;
	}
	*d->ws = 0;
	if (l < 0) {
		f->flags |= F_ERR;
		return 0;
	}
	return n0;
}

int vswprintf(wchar_t *restrict s, size_t n, const wchar_t *restrict fmt, va_list ap)
{
	unsigned char buf[256];
	struct dest d = { s, n - 1 };
	FILE f = { 0 };
	int r;

	if (!n)
		return -1;
	if (n > INT_MAX) {
		errno = EOVERFLOW;
		return -1;
	}
	f.fd = -1;
	f.flags = F_NORD;
	f.mode = _IOFBF;
	f.buf = buf;
	f.buf_size = sizeof buf;
	f.write = wide_write;
	f.cookie = &d;
	r = vfwprintf(&f, fmt, ap);
	wide_write(&f, f.wbase, f.wpos - f.wbase);
	return r < 0 || (size_t)r >= n ? -1 : r;
}
