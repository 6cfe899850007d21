/* wmemmove: copy n wide characters between overlapping arrays. */
#include <string.h>
#include <wchar.h>

wchar_t *wmemmove(wchar_t *d, const wchar_t *s, size_t n)
{
	return memmove(d, s, n * sizeof *d);
}
