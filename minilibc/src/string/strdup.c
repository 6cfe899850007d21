/* strdup: a malloc'd copy of a string. */
#include <string.h>
#include <stdlib.h>

char *strdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *d = malloc(n);

	return d ? memcpy(d, s, n) : 0;
}
