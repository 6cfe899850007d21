/* fputwc: write one wide character as its multibyte form in the
 * stream's LC_CTYPE (see fwide).  A character the locale cannot write
 * sets the error flag and gives WEOF (errno EILSEQ), as musl. */
#include <limits.h>
#include <stdlib.h>
#include "stdio_impl.h"

hidden wint_t __fputwc_unlocked(wchar_t c, FILE *f)
{
	char mb[MB_LEN_MAX];
	const char *caller = __fwide_enter(f);
	wint_t r = c;

	if ((unsigned)c < 0x80) {
		if (putc_unlocked(c, f) == EOF)
			r = WEOF;
	} else {
		int l = wctomb(mb, c);
		if (l < 0 || __fwritex((unsigned char *)mb, l, f) < (size_t)l)
			r = WEOF;
	}
	if (r == WEOF)
		f->flags |= F_ERR;
	__fwide_leave(caller);
	return r;
}

wint_t fputwc(wchar_t c, FILE *f)
{
	FLOCK(f);
	wint_t r = __fputwc_unlocked(c, f);
	FUNLOCK(f);
	return r;
}

weak_alias(__fputwc_unlocked, fputwc_unlocked);
weak_alias(__fputwc_unlocked, putwc_unlocked);
