/* __getpw_r: a user entry copied into the caller's buffer, for the
 * reentrant getpwnam_r / getpwuid_r. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "passwd_impl.h"

hidden int __getpw_r(const char *name, uid_t uid, struct passwd *pw, char *buf, size_t size,
                     struct passwd **res)
{
	__DbLine l = {0};
	struct passwd found;
	int r = __getpw_a(name, uid, &found, &l, res);
	if (!r && *res) {
		size_t need = strlen(found.pw_name) + strlen(found.pw_passwd) + strlen(found.pw_gecos) +
		              strlen(found.pw_dir) + strlen(found.pw_shell) + 5;
		*res = 0;
		if (need > size) {
			r = ERANGE;
		} else {
			*pw = found;
			pw->pw_name = __db_put(&buf, found.pw_name);
			pw->pw_passwd = __db_put(&buf, found.pw_passwd);
			pw->pw_gecos = __db_put(&buf, found.pw_gecos);
			pw->pw_dir = __db_put(&buf, found.pw_dir);
			pw->pw_shell = __db_put(&buf, found.pw_shell);
			*res = pw;
		}
	}
	free(l.line);
	return r;
}
