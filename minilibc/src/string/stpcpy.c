/* stpcpy: strcpy returning a pointer to the copied terminator.  Finding
 * the length first lets memcpy do the copy in wide moves. */
#include <string.h>

char *stpcpy(char *restrict dest, const char *restrict src)
{
	size_t n = strlen(src);

	memcpy(dest, src, n + 1);
	return dest + n;
}
