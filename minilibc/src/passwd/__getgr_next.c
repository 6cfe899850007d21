/* __getgr_next: the next entry of the group database,
 * name:password:gid:member,member,...; the member list is an array in
 * l->mem, ending with NULL. */
#include <stdlib.h>
#include <string.h>
#include "passwd_impl.h"

static int members(__DbLine *l, char *s)
{
	size_t n = *s ? 1 : 0;
	for (char *c = s; *c; c++)
		n += *c == ',';
	if (n + 1 > l->nmem) {
		char **m = realloc(l->mem, (n + 1) * sizeof *m);
		if (!m)
			return 0;
		l->mem = m, l->nmem = n + 1;
	}
	for (size_t i = 0; i < n; i++) {
		l->mem[i] = s;
		s = strchrnul(s, ',');
		if (*s)
			*s++ = 0;
	}
	l->mem[n] = 0;
	return 1;
}

hidden int __getgr_next(FILE *f, __DbLine *l, struct group *gr)
{
	ssize_t n;
	while ((n = getline(&l->line, &l->cap, f)) > 0) {
		char *fld[4];
		if (l->line[n - 1] == '\n')
			l->line[n - 1] = 0;
		if (!__db_split(l->line, fld, 4) || strchr(fld[3], ':') ||
		    !__db_number(fld[2], &gr->gr_gid) || !members(l, fld[3]))
			continue;
		gr->gr_name = fld[0], gr->gr_passwd = fld[1], gr->gr_mem = l->mem;
		return 1;
	}
	return 0;
}
