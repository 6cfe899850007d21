/* wcsdup: a malloc'd copy of a wide string. */
#include <stdlib.h>
#include <wchar.h>

wchar_t *wcsdup(const wchar_t *s)
{
	size_t n = wcslen(s) + 1;
	wchar_t *d = malloc(n * sizeof *d);

	return d ? wmemcpy(d, s, n) : 0;
}
