/* __getpw_next: the next entry of the user database,
 * name:password:uid:gid:gecos:home:shell, split in place. */
#include <stdlib.h>
#include <string.h>
#include "passwd_impl.h"

hidden int __getpw_next(FILE *f, __DbLine *l, struct passwd *pw)
{
	ssize_t n;
	while ((n = getline(&l->line, &l->cap, f)) > 0) {
		char *fld[7];
		if (l->line[n - 1] == '\n')
			l->line[n - 1] = 0;
		if (!__db_split(l->line, fld, 7) || strchr(fld[6], ':') ||
		    !__db_number(fld[2], &pw->pw_uid) || !__db_number(fld[3], &pw->pw_gid))
			continue;
		pw->pw_name = fld[0], pw->pw_passwd = fld[1];
		pw->pw_gecos = fld[4], pw->pw_dir = fld[5], pw->pw_shell = fld[6];
		return 1;
	}
	return 0;
}
