/* ungetwc: push a wide character back as its multibyte bytes (in the
 * stream's LC_CTYPE), into the UNGET bytes before the buffer; WEOF when
 * it has no bytes or there is no room, as musl. */
#include <limits.h>
#include <string.h>
#include "stdio_impl.h"

static wint_t unlocked_ungetwc(wint_t c, FILE *f)
{
	char mb[MB_LEN_MAX];
	const char *caller = __fwide_enter(f);
	size_t l = c == WEOF ? (size_t)-1 : wcrtomb(mb, c, 0);

	__fwide_leave(caller);
	if (!f->rpos) {   /* into reading mode; the EOF flag is not for us to clear yet */
		unsigned eof = f->flags & F_EOF;
		f->flags &= ~F_EOF;
		int r = __toread(f);
		f->flags |= eof;
		if (r)
			return WEOF;
		f->rpos = f->rend = f->buf;
	}
	if (l == (size_t)-1 || f->rpos < f->buf - UNGET + l)
		return WEOF;
	memcpy(f->rpos -= l, mb, l);
	f->flags &= ~F_EOF;
	return c;
}

wint_t ungetwc(wint_t c, FILE *f)
{
	FLOCK(f);
	wint_t r = unlocked_ungetwc(c, f);
	FUNLOCK(f);
	return r;
}
