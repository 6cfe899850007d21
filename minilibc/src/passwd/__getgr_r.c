/* __getgr_r: a group entry copied into the caller's buffer (the member
 * pointers first, aligned, then the strings), for getgrnam_r /
 * getgrgid_r. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "passwd_impl.h"

static int copy(const struct group *g, struct group *gr, char *buf, size_t size)
{
	size_t n = 0, strings = strlen(g->gr_name) + strlen(g->gr_passwd) + 2;
	size_t pad = -(uintptr_t)buf & (sizeof(char *) - 1);
	for (; g->gr_mem[n]; n++)
		strings += strlen(g->gr_mem[n]) + 1;
	if (size < pad || (size - pad) / sizeof(char *) < n + 1 ||
	    size - pad - (n + 1) * sizeof(char *) < strings)
		return ERANGE;
	char **mem = (char **)(buf + pad), *at = (char *)(mem + n + 1);
	*gr = *g;
	gr->gr_mem = mem;
	for (size_t i = 0; i < n; i++)
		mem[i] = __db_put(&at, g->gr_mem[i]);
	mem[n] = 0;
	gr->gr_name = __db_put(&at, g->gr_name);
	gr->gr_passwd = __db_put(&at, g->gr_passwd);
	return 0;
}

hidden int __getgr_r(const char *name, gid_t gid, struct group *gr, char *buf, size_t size,
                     struct group **res)
{
	__DbLine l = {0};
	struct group found;
	int r = __getgr_a(name, gid, &found, &l, res);
	if (!r && *res) {
		*res = 0;
		r = copy(&found, gr, buf, size);
		if (!r)
			*res = gr;
	}
	free(l.line);
	free(l.mem);
	return r;
}
