/* strcasecmp: compare ignoring ASCII case. */
#include <strings.h>
#include <ctype.h>

int strcasecmp(const char *l, const char *r)
{
	const unsigned char *a = (const void *)l, *b = (const void *)r;

	for (; *a && (*a == *b || tolower(*a) == tolower(*b)); a++, b++)
		;
	return tolower(*a) - tolower(*b);
}
