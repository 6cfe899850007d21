/* vfwprintf: the wide printf, through the one printf engine
 * (vfprintf.c) with its wide mode on, on the format turned into bytes.
 * Conversions follow musl 1.2.3: widths and precisions count wide
 * characters, %s decodes a multibyte string, %c widens a byte with
 * btowc, %lc ignores the width.  As musl, the stream is made wide and
 * an error left from before does not make this call fail. */
#include <stdarg.h>
#include <stdlib.h>
#include "stdio_impl.h"

static const struct __wide_out wide = { __fputwc_unlocked, btowc, mbtowc };

int vfwprintf(FILE *restrict f, const wchar_t *restrict fmt, va_list ap)
{
	char small[256], *bytes = __wfmt_narrow(fmt, small, sizeof small);
	unsigned olderr;
	int r;

	if (!bytes)
		return -1;
	FLOCK(f);
	olderr = f->flags & F_ERR;
	fwide(f, 1);
	f->flags &= ~F_ERR;
	r = __vfwprintf_core(f, bytes, ap, &wide);
	f->flags |= olderr;
	FUNLOCK(f);
	if (bytes != small)
		free(bytes);
	return r;
}
