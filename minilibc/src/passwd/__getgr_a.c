/* __getgr_a: find a group by name or gid in /etc/group. */
#include <errno.h>
#include <string.h>
#include "passwd_impl.h"

hidden int __getgr_a(const char *name, gid_t gid, struct group *gr, __DbLine *l,
                     struct group **res)
{
	int e = errno, r = 0;
	FILE *f = fopen("/etc/group", "re");
	*res = 0;
	if (!f)
		return errno == ENOENT ? (errno = e, 0) : errno;
	while (__getgr_next(f, l, gr))
		if (name ? !strcmp(name, gr->gr_name) : gid == gr->gr_gid) {
			*res = gr;
			break;
		}
	if (ferror(f))
		r = errno;
	fclose(f);
	return r;
}
