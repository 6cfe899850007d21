/* strncat: append at most n bytes of src, always terminating. */
#include <string.h>

char *strncat(char *restrict dest, const char *restrict src, size_t n)
{
	char *d = dest + strlen(dest);
	size_t len = strnlen(src, n);

	memcpy(d, src, len);
	d[len] = 0;
	return dest;
}
