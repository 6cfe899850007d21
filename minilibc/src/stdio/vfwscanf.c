/* vfwscanf: the wide scanf, through the one scanf engine (vfscanf.c)
 * with its wide mode on, on the format turned into bytes.  As musl's:
 * the stream is made wide; white space, literals and %c %s %[ read wide
 * characters (%s and %c without l store them as multibyte characters);
 * numbers are read from the stream's bytes. */
#include <stdarg.h>
#include <stdlib.h>
#include <wctype.h>
#include "stdio_impl.h"

static const struct __wide_in wide = { __fgetwc_unlocked, ungetwc, iswspace, wctomb };

int vfwscanf(FILE *restrict f, const wchar_t *restrict fmt, va_list ap)
{
	char small[256], *bytes = __wfmt_narrow(fmt, small, sizeof small);
	int r;

	if (!bytes)
		return EOF;
	fwide(f, 1);
	r = __vfwscanf_core(f, bytes, ap, &wide);
	if (bytes != small)
		free(bytes);
	return r;
}
