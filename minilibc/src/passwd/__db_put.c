/* __db_put: one string of an entry into the caller's buffer, for the
 * reentrant getpw and getgr functions. */
#include <string.h>
#include "passwd_impl.h"

hidden char *__db_put(char **at, const char *s)
{
	char *d = *at;
	size_t n = strlen(s) + 1;
	memcpy(d, s, n);
	*at += n;
	return d;
}
