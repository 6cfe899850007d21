/* strncpy: copy at most n bytes, padding the rest of dest with NULs. */
#include <string.h>

char *strncpy(char *restrict dest, const char *restrict src, size_t n)
{
	stpncpy(dest, src, n);
	return dest;
}
