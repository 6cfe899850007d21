/* unsetenv: remove every entry for name, keeping the order of the rest. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>

int unsetenv(const char *name)
{
	size_t len = strchrnul(name, '=') - name;
	char **src, **dst;

	if (!len || name[len]) {
		errno = EINVAL;
		return -1;
	}
	if (!environ)
		return 0;
	for (src = dst = environ; *src; src++)
		if (strncmp(name, *src, len) || (*src)[len] != '=')
			*dst++ = *src;
	*dst = 0;
	return 0;
}
