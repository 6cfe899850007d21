/* __getpw_a: find a user by name or uid in /etc/passwd. */
#include <errno.h>
#include <string.h>
#include "passwd_impl.h"

hidden int __getpw_a(const char *name, uid_t uid, struct passwd *pw, __DbLine *l,
                     struct passwd **res)
{
	int e = errno, r = 0;
	FILE *f = fopen("/etc/passwd", "re");
	*res = 0;
	if (!f)
		return errno == ENOENT ? (errno = e, 0) : errno;
	while (__getpw_next(f, l, pw))
		if (name ? !strcmp(name, pw->pw_name) : uid == pw->pw_uid) {
			*res = pw;
			break;
		}
	if (ferror(f))
		r = errno;
	fclose(f);
	return r;
}
