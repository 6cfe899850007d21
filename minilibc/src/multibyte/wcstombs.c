/* wcstombs: wcsrtombs without a state. */
#include <stdlib.h>
#include <wchar.h>

size_t wcstombs(char *restrict s, const wchar_t *restrict ws, size_t n)
{
	const wchar_t *p = ws;

	return wcsrtombs(s, &p, n, 0);
}
