/* wcsrtombs: convert a wide string into at most n bytes, never
 * splitting a character.  With s null, count the bytes.  Otherwise *ws
 * ends at the first character not converted, null once the NUL byte is
 * stored, or at the character that cannot be encoded (EILSEQ).  No
 * encoding has shift states, so st is not used. */
#include <limits.h>
#include <string.h>
#include <wchar.h>

size_t wcsrtombs(char *restrict s, const wchar_t **restrict ws, size_t n, mbstate_t *restrict st)
{
	const wchar_t *w = *ws;
	size_t total = 0;
	char buf[MB_LEN_MAX];

	(void)st;
	for (;; w++) {
		if (s && total == n)
			break;
		if (!*w) {
			if (s) {
				s[total] = 0;
				*ws = 0;
			}
			return total;
		}
		size_t len = wcrtomb(buf, *w, 0);
		if (len == (size_t)-1) {
			if (s)
				*ws = w;
			return -1;
		}
		if (s) {
			if (len > n - total)
				break;
			memcpy(s + total, buf, len);
		}
		total += len;
	}
	*ws = w;
	return total;
}
