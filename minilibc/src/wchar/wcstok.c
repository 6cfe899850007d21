/* wcstok: split a wide string into tokens; *p remembers where the next
 * search starts (s null continues from it). */
#include <wchar.h>

wchar_t *wcstok(wchar_t *restrict s, const wchar_t *restrict sep, wchar_t **restrict p)
{
	if (!s && !(s = *p))
		return 0;
	s += wcsspn(s, sep);
	if (!*s)
		return *p = 0;
	*p = s + wcscspn(s, sep);
	if (**p)
		*(*p)++ = 0;
	else
		*p = 0;
	return s;
}
