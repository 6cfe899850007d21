/* wcsnlen: length of a wide string, looking at no more than n. */
#include <wchar.h>

size_t wcsnlen(const wchar_t *s, size_t n)
{
	size_t i = 0;

	while (i < n && s[i])
		i++;
	return i;
}
