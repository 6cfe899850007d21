/* getgrnam: a group by name, in storage the next call reuses. */
#include <errno.h>
#include "passwd_impl.h"

hidden __DbLine __gr_static_line;

struct group *getgrnam(const char *name)
{
	static struct group gr;
	struct group *res;
	int r = __getgr_a(name, 0, &gr, &__gr_static_line, &res);
	if (r)
		errno = r;
	return res;
}
