/* getpwnam_r: a user by name into the caller's storage: 0 with *res
 * NULL when there is none, ERANGE when buf is too small. */
#include "passwd_impl.h"

int getpwnam_r(const char *name, struct passwd *pw, char *buf, size_t size, struct passwd **res)
{
	return __getpw_r(name, 0, pw, buf, size, res);
}
