/* mblen: the length of one multibyte character, as mbtowc finds it. */
#include <stdlib.h>

int mblen(const char *s, size_t n)
{
	return mbtowc(0, s, n);
}
