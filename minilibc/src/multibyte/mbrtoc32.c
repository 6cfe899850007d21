/* mbrtoc32: mbrtowc for char32_t (wchar_t is UTF-32 already). */
#include <uchar.h>

size_t mbrtoc32(char32_t *restrict c32, const char *restrict s, size_t n, mbstate_t *restrict st)
{
	static mbstate_t internal;
	wchar_t wc;
	size_t len;

	if (!st)
		st = &internal;
	if (!s)
		return mbrtoc32(0, "", 1, st);
	len = mbrtowc(&wc, s, n, st);
	if (len <= 4 && c32)
		*c32 = wc;
	return len;
}
