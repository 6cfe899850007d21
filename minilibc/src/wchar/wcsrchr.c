/* wcsrchr: the last c in s; c == 0 finds the terminator. */
#include <wchar.h>

wchar_t *wcsrchr(const wchar_t *s, wchar_t c)
{
	const wchar_t *p = s + wcslen(s);

	for (;; p--) {
		if (*p == c)
			return (wchar_t *)p;
		if (p == s)
			return 0;
	}
}
