/* getgrgid: a group by number, in storage the next call reuses. */
#include <errno.h>
#include "passwd_impl.h"

hidden extern __DbLine __gr_static_line;

struct group *getgrgid(gid_t gid)
{
	static struct group gr;
	struct group *res;
	int r = __getgr_a(0, gid, &gr, &__gr_static_line, &res);
	if (r)
		errno = r;
	return res;
}
