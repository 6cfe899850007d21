/* getpwuid: a user by number, in storage the next call reuses. */
#include <errno.h>
#include "passwd_impl.h"

hidden extern __DbLine __pw_static_line;

struct passwd *getpwuid(uid_t uid)
{
	static struct passwd pw;
	struct passwd *res;
	int r = __getpw_a(0, uid, &pw, &__pw_static_line, &res);
	if (r)
		errno = r;
	return res;
}
