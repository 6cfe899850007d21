/* glob: expand a wildcard pattern into the existing paths it matches.
 *
 * The pattern is taken one '/'-separated component at a time.  A
 * component without wildcards is appended to the path as it is (its
 * escapes removed); one with wildcards is matched with fnmatch against
 * each entry of the directory reached so far, and each match goes on to
 * the next component.  A path made only of literal components is kept if
 * it exists (lstat, so a broken symbolic link counts).  Wildcards match a
 * leading '.' only with GLOB_PERIOD, and then "." and ".." only in the
 * last component unless the pattern names them (as musl).  Results are sorted with strcmp unless
 * GLOB_NOSORT.  A directory that cannot be read is reported to errfunc;
 * if it returns non-zero, or with GLOB_ERR, glob stops: GLOB_ABORTED. */
#include <glob.h>
#include <errno.h>
#include <dirent.h>
#include <fnmatch.h>
#include <limits.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
	int flags;
	int (*errfunc)(const char *, int);
	char **v;          /* the matches, malloc'd */
	size_t n, cap;
	char path[PATH_MAX];
} Glob;

static int add(Glob *g, const char *s, size_t len, int slash)
{
	if (g->n == g->cap) {
		size_t cap = g->cap ? 2 * g->cap : 16;
		char **v = realloc(g->v, cap * sizeof *v);
		if (!v)
			return GLOB_NOSPACE;
		g->v = v, g->cap = cap;
	}
	char *m = malloc(len + 2);
	if (!m)
		return GLOB_NOSPACE;
	memcpy(m, s, len);
	if (slash && len && m[len - 1] != '/')
		m[len++] = '/';
	m[len] = 0;
	g->v[g->n++] = m;
	return 0;
}

/* Does the component pat[0, len) hold a wildcard? */
static int has_wildcard(const char *pat, size_t len, int flags)
{
	for (size_t i = 0; i < len; i++) {
		if (pat[i] == '\\' && !(flags & GLOB_NOESCAPE) && i + 1 < len)
			i++;
		else if (pat[i] == '*' || pat[i] == '?' || pat[i] == '[')
			return 1;
	}
	return 0;
}

/* The end of the component at pat: the next '/' not escaped. */
static size_t component_len(const char *pat, int flags)
{
	size_t i = 0;
	for (; pat[i] && pat[i] != '/'; i++)
		if (pat[i] == '\\' && !(flags & GLOB_NOESCAPE) && pat[i + 1] && pat[i + 1] != '/')
			i++;
	return i;
}

static int report(Glob *g, const char *where)
{
	if (g->errfunc(where, errno) || g->flags & GLOB_ERR)
		return GLOB_ABORTED;
	return 0;
}

/* The path so far (path[0, pos)) is complete: keep it if it exists. */
static int finish(Glob *g, size_t pos)
{
	struct stat st;
	int dir = 0;
	g->path[pos] = 0;
	if (g->flags & GLOB_MARK && !stat(g->path, &st))
		dir = S_ISDIR(st.st_mode);
	else if (lstat(g->path, &st))
		return errno == ENOENT ? 0 : report(g, g->path);
	return add(g, g->path, pos, dir);
}

static int expand(Glob *g, size_t pos, const char *pat);

/* pat[0, len) is literal: append it, unescaped, and go on. */
static int literal(Glob *g, size_t pos, const char *pat, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (pat[i] == '\\' && !(g->flags & GLOB_NOESCAPE) && i + 1 < len)
			i++;
		if (pos + 1 >= PATH_MAX)
			return 0;
		g->path[pos++] = pat[i];
	}
	return expand(g, pos, pat + len);
}

/* Whether a wildcard component may match this entry (more: components
 * follow it). */
static int entry_matches(Glob *g, const char *comp, const char *name, int more)
{
	int fl = (g->flags & GLOB_NOESCAPE ? FNM_NOESCAPE : 0) |
	         (g->flags & GLOB_PERIOD ? 0 : FNM_PERIOD);
	if (fnmatch(comp, name, fl))
		return 0;
	int dots = name[0] == '.' && (!name[1] || (name[1] == '.' && !name[2]));
	return !dots || !more || !fnmatch(comp, name, fl | FNM_PERIOD);
}

/* pat[0, len) has wildcards: every matching entry of the directory. */
static int wildcard(Glob *g, size_t pos, const char *pat, size_t len)
{
	char comp[NAME_MAX + 1];
	if (len > NAME_MAX)
		return 0;
	memcpy(comp, pat, len);
	comp[len] = 0;
	g->path[pos] = 0;
	DIR *d = opendir(pos ? g->path : ".");
	if (!d)
		return report(g, g->path);
	struct dirent *e;
	int r = 0;
	while (!r && (e = readdir(d))) {
		size_t l = strlen(e->d_name);
		if (pat[len] && e->d_type && e->d_type != DT_DIR && e->d_type != DT_LNK)
			continue;   /* more to come, and this is no directory */
		if (pos + l + 1 >= PATH_MAX || !entry_matches(g, comp, e->d_name, pat[len] != 0))
			continue;
		memcpy(g->path + pos, e->d_name, l);
		r = expand(g, pos + l, pat + len);
	}
	closedir(d);
	return r;
}

/* The rest of the pattern, pat, after path[0, pos). */
static int expand(Glob *g, size_t pos, const char *pat)
{
	while (*pat == '/') {
		if (pos + 1 >= PATH_MAX)
			return 0;
		g->path[pos++] = *pat++;
	}
	if (!*pat)
		return finish(g, pos);
	size_t len = component_len(pat, g->flags);
	if (has_wildcard(pat, len, g->flags))
		return wildcard(g, pos, pat, len);
	return literal(g, pos, pat, len);
}

/* ~ or ~user at the start: the home directory into path; *pat moves
 * past the name.  -1: an unknown user. */
static int tilde(Glob *g, const char **pat, size_t *pos)
{
	const char *p = *pat + 1, *end = strchrnul(p, '/'), *home;
	char user[LOGIN_NAME_MAX];
	if (end == p) {
		home = getenv("HOME");
		struct passwd *pw;
		if (!home && !(pw = getpwuid(getuid())))
			return -1;
		if (!home)
			home = pw->pw_dir;
	} else {
		struct passwd *pw;
		if ((size_t)(end - p) >= sizeof user)
			return -1;
		memcpy(user, p, end - p);
		user[end - p] = 0;
		if (!(pw = getpwnam(user)))
			return -1;
		home = pw->pw_dir;
	}
	size_t l = strlen(home);
	if (l >= PATH_MAX)
		return -1;
	memcpy(g->path, home, l);
	*pos = l;
	*pat = end;
	return 0;
}

static int cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int ignore(const char *path, int err)
{
	(void)path, (void)err;
	return 0;
}

/* Puts the matches after those already in gl (GLOB_APPEND). */
static int store(Glob *g, glob_t *gl)
{
	size_t offs = gl->gl_offs * !!(g->flags & GLOB_DOOFFS);
	size_t old = g->flags & GLOB_APPEND ? gl->gl_pathc : 0;
	char **v = realloc(g->flags & GLOB_APPEND ? gl->gl_pathv : 0,
	                   (offs + old + g->n + 1) * sizeof *v);
	if (!v)
		return GLOB_NOSPACE;
	if (!(g->flags & GLOB_APPEND))
		for (size_t i = 0; i < offs; i++)
			v[i] = 0;
	memcpy(v + offs + old, g->v, g->n * sizeof *v);
	v[offs + old + g->n] = 0;
	gl->gl_pathv = v;
	gl->gl_pathc = old + g->n;
	g->n = 0;
	return 0;
}

int glob(const char *restrict pat, int flags, int (*errfunc)(const char *, int),
         glob_t *restrict gl)
{
	Glob *g = calloc(1, sizeof *g);
	size_t pos = 0;
	const char *rest = pat;
	int r = 0;
	if (!g)
		return GLOB_NOSPACE;
	g->flags = flags;
	g->errfunc = errfunc ? errfunc : ignore;
	if (!(flags & GLOB_APPEND)) {
		gl->gl_offs = flags & GLOB_DOOFFS ? gl->gl_offs : 0;
		gl->gl_pathc = 0;
		gl->gl_pathv = 0;
	}
	if (*pat == '~' && flags & (GLOB_TILDE | GLOB_TILDE_CHECK) && tilde(g, &rest, &pos) < 0) {
		if (flags & GLOB_TILDE_CHECK)
			r = GLOB_NOMATCH;
		else
			rest = pat, pos = 0;
	}
	if (!r)
		r = expand(g, pos, rest);
	if (!r && !g->n) {
		if (flags & GLOB_NOCHECK)
			r = add(g, pat, strlen(pat), 0);
		else
			r = GLOB_NOMATCH;
	}
	if (!r && !(flags & GLOB_NOSORT))
		qsort(g->v, g->n, sizeof *g->v, cmp);
	if (!r)
		r = store(g, gl);
	for (size_t i = 0; i < g->n; i++)
		free(g->v[i]);
	free(g->v);
	free(g);
	return r;
}
