/* fgetws: read wide characters up to and including a newline, at most
 * n - 1 of them, and terminate.  NULL when nothing was read, or on a
 * read error (an invalid sequence sets it: see fgetwc), as musl. */
#include "stdio_impl.h"

static wchar_t *unlocked_fgetws(wchar_t *restrict s, int n, FILE *restrict f)
{
	wchar_t *p = s;

	if (!n--)
		return s;
	for (; n > 0; n--) {
		wint_t c = __fgetwc_unlocked(f);
		if (c == WEOF)
			break;
		*p++ = c;
		if (c == '\n')
			break;
	}
	*p = 0;
	if (f->flags & F_ERR)
		p = s;
	return p == s ? 0 : s;
}

wchar_t *fgetws(wchar_t *restrict s, int n, FILE *restrict f)
{
	FLOCK(f);
	wchar_t *r = unlocked_fgetws(s, n, f);
	FUNLOCK(f);
	return r;
}

weak_alias(unlocked_fgetws, fgetws_unlocked);
