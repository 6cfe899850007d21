/* strchr: first occurrence of c in s; c may be the terminator. */
#include <string.h>

char *strchr(const char *s, int c)
{
	char *r = strchrnul(s, c);

	return *(unsigned char *)r == (unsigned char)c ? r : 0;
}
