/* stpncpy: strncpy returning the end of the copied string in dest. */
#include <string.h>

char *stpncpy(char *restrict dest, const char *restrict src, size_t n)
{
	size_t len = strnlen(src, n);

	memcpy(dest, src, len);
	memset(dest + len, 0, n - len);
	return dest + len;
}
