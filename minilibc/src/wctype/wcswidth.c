/* wcswidth: the columns of at most n wide characters, or -1 if one of
 * them is not printable. */
#include <wchar.h>

int wcswidth(const wchar_t *ws, size_t n)
{
	int total = 0;

	for (; n && *ws; n--, ws++) {
		int w = wcwidth(*ws);
		if (w < 0)
			return -1;
		total += w;
	}
	return total;
}
