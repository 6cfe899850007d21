/* wcsncmp: compare at most n wide characters, as signed values. */
#include <wchar.h>

int wcsncmp(const wchar_t *l, const wchar_t *r, size_t n)
{
	for (; n && *l == *r && *l; n--, l++, r++)
		;
	if (!n)
		return 0;
	return *l < *r ? -1 : *l > *r;
}
