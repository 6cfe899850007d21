/* getpwnam: a user by name, in storage the next call reuses; NULL when
 * there is none (errno set only on a read error). */
#include <errno.h>
#include "passwd_impl.h"

hidden __DbLine __pw_static_line;

struct passwd *getpwnam(const char *name)
{
	static struct passwd pw;
	struct passwd *res;
	int r = __getpw_a(name, 0, &pw, &__pw_static_line, &res);
	if (r)
		errno = r;
	return res;
}
