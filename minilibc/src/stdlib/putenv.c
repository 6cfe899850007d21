/* putenv: add "name=value" to the environment; the string itself becomes
 * part of it.  __putenv also serves setenv.
 *
 * The first time the environment grows we copy the kernel's array into
 * one we own, so later growth can realloc it. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>
#include "env_impl.h"

static char **owned;   /* environ, once it is a malloc'd array */

hidden int __putenv(char *s, size_t len)
{
	size_t n = 0;
	char **e;

	for (e = environ; e && *e; e++, n++) {
		if (!strncmp(s, *e, len) && (*e)[len] == '=') {
			*e = s;
			return 0;
		}
	}
	if (environ == owned) {
		e = realloc(owned, (n + 2) * sizeof *e);
	} else {
		e = malloc((n + 2) * sizeof *e);
		if (e && n)
			memcpy(e, environ, n * sizeof *e);
	}
	if (!e) {
		errno = ENOMEM;
		return -1;
	}
	e[n] = s;
	e[n + 1] = 0;
	environ = owned = e;
	return 0;
}

int putenv(char *s)
{
	size_t len = strchrnul(s, '=') - s;

	if (!s[len])
		return unsetenv(s);
	return __putenv(s, len);
}
