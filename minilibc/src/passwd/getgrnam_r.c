/* getgrnam_r: a group by name into the caller's storage. */
#include "passwd_impl.h"

int getgrnam_r(const char *name, struct group *gr, char *buf, size_t size, struct group **res)
{
	return __getgr_r(name, 0, gr, buf, size, res);
}
