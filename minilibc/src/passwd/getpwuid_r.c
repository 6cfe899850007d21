/* getpwuid_r: a user by number into the caller's storage. */
#include "passwd_impl.h"

int getpwuid_r(uid_t uid, struct passwd *pw, char *buf, size_t size, struct passwd **res)
{
	return __getpw_r(0, uid, pw, buf, size, res);
}
