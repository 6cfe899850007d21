/* strtok_r: strtok with the position kept by the caller. */
#include <string.h>

char *strtok_r(char *restrict s, const char *restrict sep, char **restrict save)
{
	if (!s && !(s = *save))
		return 0;
	s += strspn(s, sep);
	if (!*s)
		return *save = 0;
	*save = s + strcspn(s, sep);
	if (**save)
		*(*save)++ = 0;
	else
		*save = 0;
	return s;
}
