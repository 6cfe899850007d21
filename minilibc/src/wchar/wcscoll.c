/* wcscoll: collation order; every locale here collates by code point. */
#include <wchar.h>

int wcscoll(const wchar_t *l, const wchar_t *r)
{
	return wcscmp(l, r);
}
