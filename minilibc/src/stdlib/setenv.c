/* setenv: set name to a copy of value.  Replaced strings are not freed:
 * the program may still hold pointers from getenv into them. */
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include "env_impl.h"

int setenv(const char *name, const char *value, int overwrite)
{
	size_t nlen = strchrnul(name, '=') - name, vlen;
	char *s;

	if (!nlen || name[nlen]) {
		errno = EINVAL;
		return -1;
	}
	if (!overwrite && getenv(name))
		return 0;
	vlen = strlen(value);
	s = malloc(nlen + vlen + 2);
	if (!s)
		return -1;
	memcpy(s, name, nlen);
	s[nlen] = '=';
	memcpy(s + nlen + 1, value, vlen + 1);
	return __putenv(s, nlen);
}
