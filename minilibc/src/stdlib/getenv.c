/* getenv: look a name up in environ. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

char *getenv(const char *name)
{
	size_t len = strchrnul(name, '=') - name;

	if (!len || name[len] || !environ)
		return 0;
	for (char **e = environ; *e; e++)
		if (!strncmp(name, *e, len) && (*e)[len] == '=')
			return *e + len + 1;
	return 0;
}
