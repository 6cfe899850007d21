/* mbsrtowcs: convert a multibyte string, at most wn wide characters.
 *
 * With ws null, count the characters and leave *src and *st alone.
 * Otherwise *src ends past the last character converted, null once the
 * terminating NUL is stored, or at the character that was invalid
 * (EILSEQ; an incomplete character before the NUL is invalid too).  A
 * character begun in *st is finished first.  st null means the initial
 * state, not a hidden one (as in musl). */
#include <wchar.h>

size_t mbsrtowcs(wchar_t *restrict ws, const char **restrict src, size_t wn, mbstate_t *restrict st)
{
	mbstate_t state = st ? *st : (mbstate_t){ 0 };
	const char *s = *src;
	size_t count;

	for (count = 0; !ws || count < wn; count++) {
		wchar_t wc;
		/* A character has at most 4 bytes, and decoding stops at
		 * the NUL, so this never reads past the string. */
		size_t len = mbrtowc(&wc, s, 4, &state);
		if (len == (size_t)-1) {
			count = -1;
			break;
		}
		if (ws)
			ws[count] = wc;
		if (!len) {
			s = 0;
			break;
		}
		s += len;
	}
	if (ws) {
		*src = s;
		if (st)
			*st = state;
	}
	return count;
}
