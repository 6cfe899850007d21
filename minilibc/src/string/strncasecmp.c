/* strncasecmp: strcasecmp over at most n bytes. */
#include <strings.h>
#include <ctype.h>

int strncasecmp(const char *l, const char *r, size_t n)
{
	const unsigned char *a = (const void *)l, *b = (const void *)r;

	if (!n--)
		return 0;
	for (; *a && n && (*a == *b || tolower(*a) == tolower(*b)); a++, b++, n--)
		;
	return tolower(*a) - tolower(*b);
}
