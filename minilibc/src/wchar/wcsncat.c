/* wcsncat: append at most n wide characters, then a terminator. */
#include <wchar.h>

wchar_t *wcsncat(wchar_t *restrict d, const wchar_t *restrict s, size_t n)
{
	wchar_t *end = d + wcslen(d);

	while (n-- && *s)
		*end++ = *s++;
	*end = 0;
	return d;
}
