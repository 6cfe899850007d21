/* __db_split: the ':'-separated fields of a database line, in place. */
#include <string.h>
#include "passwd_impl.h"

hidden int __db_split(char *s, char **f, int n)
{
	for (int i = 0; i < n; i++) {
		f[i] = s;
		s = strchrnul(s, ':');
		if (i < n - 1) {
			if (!*s)
				return 0;
			*s++ = 0;
		}
	}
	return 1;
}
