/* vswscanf: the wide scanf from a wide string.  As musl, the string is
 * the stream's input converted to multibyte a buffer at a time with
 * wcsrtombs in the current locale; a character it cannot convert ends
 * the input there (with what else that buffer held). */
#include <stdio.h>
#include "stdio_impl.h"

static size_t wstring_read(FILE *f, unsigned char *buf, size_t len)
{
	const wchar_t *src = f->cookie;
	size_t k;

	if (!src)
		return 0;
	k = wcsrtombs((char *)buf, &src, len, 0);
	if (k == (size_t)-1)
		return 0;
	f->cookie = (void *)src;
	return k;
}

int vswscanf(const wchar_t *restrict s, const wchar_t *restrict fmt, va_list ap)
{
	unsigned char buf[UNGET + 256];
	FILE f = { 0 };

	f.fd = -1;
	f.flags = F_NOWR;
	f.mode = _IOFBF;
	f.buf = buf + UNGET;
	f.buf_size = 256;
	f.read = wstring_read;
	f.cookie = (void *)s;
	return vfwscanf(&f, fmt, ap);
}
