/* getgrgid_r: a group by number into the caller's storage. */
#include "passwd_impl.h"

int getgrgid_r(gid_t gid, struct group *gr, char *buf, size_t size, struct group **res)
{
	return __getgr_r(0, gid, gr, buf, size, res);
}
