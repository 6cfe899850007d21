/* wcschr: the first c in s; c == 0 finds the terminator. */
#include <wchar.h>

wchar_t *wcschr(const wchar_t *s, wchar_t c)
{
	for (;; s++) {
		if (*s == c)
			return (wchar_t *)s;
		if (!*s)
			return 0;
	}
}
