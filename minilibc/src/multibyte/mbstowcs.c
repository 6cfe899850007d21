/* mbstowcs: mbsrtowcs from the initial state. */
#include <stdlib.h>
#include <wchar.h>

size_t mbstowcs(wchar_t *restrict ws, const char *restrict s, size_t wn)
{
	const char *p = s;

	return mbsrtowcs(ws, &p, wn, 0);
}
