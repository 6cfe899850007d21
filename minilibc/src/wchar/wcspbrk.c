/* wcspbrk: the first character of s that is in set, or null. */
#include <wchar.h>

wchar_t *wcspbrk(const wchar_t *s, const wchar_t *set)
{
	s += wcscspn(s, set);
	return *s ? (wchar_t *)s : 0;
}
