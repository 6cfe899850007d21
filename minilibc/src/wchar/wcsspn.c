/* wcsspn: length of the prefix of s made only of characters in accept. */
#include <wchar.h>

size_t wcsspn(const wchar_t *s, const wchar_t *accept)
{
	size_t i = 0;

	while (s[i] && wcschr(accept, s[i]))
		i++;
	return i;
}
