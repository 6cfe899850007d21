/* wcsstr: the first occurrence of needle in haystack.  The plain
 * quadratic search: wide strings are short where this library runs. */
#include <wchar.h>

wchar_t *wcsstr(const wchar_t *restrict h, const wchar_t *restrict needle)
{
	size_t n = wcslen(needle);

	for (; *h; h++)
		if (!wcsncmp(h, needle, n))
			return (wchar_t *)h;
	return n ? 0 : (wchar_t *)h;
}
