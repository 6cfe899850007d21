/* mbsnrtowcs: mbsrtowcs reading at most n bytes.  A character the n
 * bytes cut short goes into *st, and *src moves past it; st null means
 * a state of this function's own. */
#include <wchar.h>

size_t mbsnrtowcs(wchar_t *restrict ws, const char **restrict src, size_t n, size_t wn,
		  mbstate_t *restrict st)
{
	static mbstate_t internal;
	const char *s = *src;
	size_t count = 0;

	if (!st)
		st = &internal;
	while (s && n && (!ws || count < wn)) {
		wchar_t wc;
		size_t len = mbrtowc(&wc, s, n, st);
		if (len == (size_t)-1) {
			count = -1;
			break;
		}
		if (len == (size_t)-2) {
			s += n;
			break;
		}
		if (ws)
			ws[count] = wc;
		if (!len) {
			s = 0;
			break;
		}
		s += len;
		n -= len;
		count++;
	}
	if (ws)
		*src = s;
	return count;
}
