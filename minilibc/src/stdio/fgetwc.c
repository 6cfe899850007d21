/* fgetwc: read one multibyte character and return it as a wide
 * character, in the stream's LC_CTYPE (see fwide).  As musl: a
 * character whole in the buffer is decoded in place; otherwise bytes are
 * taken one at a time.  An invalid first byte is consumed and gives
 * WEOF with errno EILSEQ; a sequence broken later, or cut short by end
 * of file, also sets the error flag, and the byte that broke it is
 * pushed back. */
#include <errno.h>
#include <stdlib.h>
#include "stdio_impl.h"

static wint_t get(FILE *f)
{
	mbstate_t st = { 0 };
	wchar_t wc;
	size_t l;

	if (f->rpos != f->rend) {
		int n = mbtowc(&wc, (const char *)f->rpos, f->rend - f->rpos);
		if (n >= 0) {
			f->rpos += n + !n;   /* 0: the null character, one byte */
			return wc;
		}
	}
	for (int first = 1;; first = 0) {
		int c = getc_unlocked(f);
		if (c == EOF) {
			if (!first) {
				f->flags |= F_ERR;
				errno = EILSEQ;
			}
			return WEOF;
		}
		l = mbrtowc(&wc, &(char){ (char)c }, 1, &st);
		if (l == (size_t)-1) {
			if (!first) {
				f->flags |= F_ERR;
				ungetc(c, f);
			}
			return WEOF;
		}
		if (l != (size_t)-2)
			return wc;
	}
}

hidden wint_t __fgetwc_unlocked(FILE *f)
{
	const char *caller = __fwide_enter(f);
	wint_t wc = get(f);

	__fwide_leave(caller);
	return wc;
}

wint_t fgetwc(FILE *f)
{
	FLOCK(f);
	wint_t wc = __fgetwc_unlocked(f);
	FUNLOCK(f);
	return wc;
}

weak_alias(__fgetwc_unlocked, fgetwc_unlocked);
weak_alias(__fgetwc_unlocked, getwc_unlocked);
