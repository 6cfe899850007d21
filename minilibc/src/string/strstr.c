/* strstr: first occurrence of a substring. */
#include <string.h>

char *strstr(const char *h, const char *n)
{
	size_t nn = strlen(n);

	if (!nn)
		return (char *)h;
	for (; (h = strchr(h, *n)); h++)
		if (!strncmp(h, n, nn))
			return (char *)h;
	return 0;
}
