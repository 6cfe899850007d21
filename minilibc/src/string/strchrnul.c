/* strchrnul: like strchr but returns the terminator when c is absent. */
#include <string.h>

char *strchrnul(const char *s, int c)
{
	c = (unsigned char)c;
	for (; *s && *(const unsigned char *)s != c; s++)
		;
	return (char *)s;
}
