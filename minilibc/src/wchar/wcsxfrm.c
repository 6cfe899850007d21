/* wcsxfrm: the collation key of a string is the string itself (every
 * locale collates by code point).  Copy as much as fits in n, always
 * terminated (as musl), and return the full length. */
#include <wchar.h>

size_t wcsxfrm(wchar_t *restrict dest, const wchar_t *restrict src, size_t n)
{
	size_t len = wcslen(src);

	if (len < n)
		wmemcpy(dest, src, len + 1);
	else if (n) {
		wmemcpy(dest, src, n - 1);
		dest[n - 1] = 0;
	}
	return len;
}
