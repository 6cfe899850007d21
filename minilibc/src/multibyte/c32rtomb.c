/* c32rtomb: wcrtomb for char32_t. */
#include <uchar.h>

size_t c32rtomb(char *restrict s, char32_t c32, mbstate_t *restrict st)
{
	return wcrtomb(s, c32, st);
}
