/* mbrtoc16: decode one multibyte character as UTF-16.  A character
 * beyond U+FFFF gives its high surrogate now (with the byte count) and
 * leaves the low one in st->__opaque2; the next call hands that out and
 * returns (size_t)-3, having read nothing. */
#include <uchar.h>

size_t mbrtoc16(char16_t *restrict c16, const char *restrict s, size_t n, mbstate_t *restrict st)
{
	static mbstate_t internal;
	wchar_t wc;
	size_t len;

	if (!st)
		st = &internal;
	if (!s)
		return mbrtoc16(0, "", 1, st);
	if (st->__opaque2) {
		if (c16)
			*c16 = st->__opaque2;
		st->__opaque2 = 0;
		return -3;
	}
	len = mbrtowc(&wc, s, n, st);
	if (len <= 4) {
		if (wc >= 0x10000) {
			st->__opaque2 = 0xdc00 | (wc & 0x3ff);
			wc = 0xd800 | ((wc - 0x10000) >> 10);
		}
		if (c16)
			*c16 = wc;
	}
	return len;
}
