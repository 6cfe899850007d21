/* wcsnrtombs: wcsrtombs converting at most wn wide characters. */
#include <limits.h>
#include <string.h>
#include <wchar.h>

size_t wcsnrtombs(char *restrict s, const wchar_t **restrict ws, size_t wn, size_t n,
		  mbstate_t *restrict st)
{
	const wchar_t *w = *ws;
	size_t total = 0;
	char buf[MB_LEN_MAX];

	(void)st;
	for (; w && wn; w++, wn--) {
		size_t len = wcrtomb(buf, *w, 0);
		if (len == (size_t)-1) {
			total = -1;
			break;
		}
		if (s) {
			if (len > n)
				break;
			memcpy(s, buf, len);
			s += len;
			n -= len;
		}
		if (!*w) {
			w = 0;
			break;
		}
		total += len;
	}
	if (s)
		*ws = w;
	return total;
}
