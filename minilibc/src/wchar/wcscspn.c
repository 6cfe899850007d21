/* wcscspn: length of the prefix of s with no character from reject. */
#include <wchar.h>

size_t wcscspn(const wchar_t *s, const wchar_t *reject)
{
	size_t i = 0;

	while (s[i] && !wcschr(reject, s[i]))
		i++;
	return i;
}
