/* realpath: the canonical absolute path of an existing file: no ".",
 * "..", symbolic links or repeated slashes.  Resolved in user space with
 * readlink, as musl does (no /proc needed): the not yet resolved rest of
 * the path is kept at the end of `stack`; each step moves one component
 * to `output`, or, when it is a symbolic link, replaces it on the stack
 * by the link's contents.  ".." components that cannot be cancelled
 * against output are counted (nup) and applied to the working directory
 * at the end.  Errors: ENOENT (also for ""), ENOTDIR, ELOOP after
 * SYMLOOP_MAX links, ENAMETOOLONG.  resolved NULL: the result is
 * malloc'ed. */
#include <stdlib.h>
#include <limits.h>
#include <errno.h>
#include <unistd.h>
#include <string.h>

#define SYMLOOP_MAX 40

static size_t slash_len(const char *s)
{
	const char *s0 = s;

	while (*s == '/')
		s++;
	return s - s0;
}

/* Prefixes output[0..q) (relative, starting with nup ".." parts) with the
 * working directory; returns the new length, or -1. */
static long absolute(char *output, size_t q, size_t nup, char *cwd)
{
	size_t l, p = 0;

	if (!getcwd(cwd, PATH_MAX + 1))
		return -1;
	l = strlen(cwd);
	while (nup--) {                /* cancel the leading ".." parts */
		while (l > 1 && cwd[l - 1] != '/')
			l--;
		if (l > 1)
			l--;
		p += 2;
		if (p < q)
			p++;
	}
	if (q - p && cwd[l - 1] != '/')
		cwd[l++] = '/';
	if (l + (q - p) + 1 >= PATH_MAX) {
		errno = ENAMETOOLONG;
		return -1;
	}
	memmove(output + l, output + p, q - p + 1);
	memcpy(output, cwd, l);
	return l + q - p;
}

char *realpath(const char *restrict filename, char *restrict resolved)
{
	char stack[PATH_MAX + 1], output[PATH_MAX];
	size_t p, q, l, l0, links = 0, nup = 0;
	int check_dir = 0;

	if (!filename) {
		errno = EINVAL;
		return 0;
	}
	l = strnlen(filename, sizeof stack);
	if (!l) {
		errno = ENOENT;
		return 0;
	}
	if (l >= PATH_MAX)
		goto toolong;
	p = sizeof stack - l - 1;
	q = 0;
	memcpy(stack + p, filename, l + 1);

restart:
	for (;; p += slash_len(stack + p)) {
		/* A leading slash: an absolute path starts over at "/" (or
		 * "//", which POSIX lets mean something else). */
		if (stack[p] == '/') {
			check_dir = 0;
			nup = 0;
			q = 0;
			output[q++] = '/';
			p++;
			if (stack[p] == '/' && stack[p + 1] != '/')
				output[q++] = '/';
			continue;
		}
		l0 = l = strchrnul(stack + p, '/') - (stack + p);
		if (!l && !check_dir)
			break;
		if (l == 1 && stack[p] == '.') {
			p += l;
			continue;
		}
		/* Put the component on output (without advancing q) so that
		 * readlink can look at it. */
		if (q && output[q - 1] != '/') {
			if (!p)
				goto toolong;
			stack[--p] = '/';
			l++;
		}
		if (q + l >= PATH_MAX)
			goto toolong;
		memcpy(output + q, stack + p, l);
		output[q + l] = 0;
		p += l;

		int up = 0;
		if (l0 == 2 && stack[p - 2] == '.' && stack[p - 1] == '.') {
			up = 1;
			if (q <= 3 * nup) {    /* nothing to cancel: keep it */
				nup++;
				q += l;
				continue;
			}
			if (!check_dir)        /* known directories: no readlink */
				goto not_link;
		}
		ssize_t k = readlink(output, stack, p);
		if (k == (ssize_t)p)
			goto toolong;
		if (!k) {
			errno = ENOENT;
			return 0;
		}
		if (k < 0) {
			if (errno != EINVAL)
				return 0;
not_link:
			check_dir = 0;
			if (up) {
				while (q && output[q - 1] != '/')
					q--;
				if (q > 1 && (q > 2 || output[0] != '/'))
					q--;
				continue;
			}
			if (l0)
				q += l;
			check_dir = stack[p];  /* a slash follows: must be a directory */
			continue;
		}
		if (++links == SYMLOOP_MAX) {
			errno = ELOOP;
			return 0;
		}
		/* The link's contents replace the component on the stack. */
		if (stack[k - 1] == '/')
			while (stack[p] == '/')
				p++;
		p -= k;
		memmove(stack + p, stack, k);
		goto restart;
	}
	output[q] = 0;
	if (output[0] != '/') {
		long n = absolute(output, q, nup, stack);
		if (n < 0)
			return 0;
		q = n;
	}
	if (resolved)
		return memcpy(resolved, output, q + 1);
	return strdup(output);
toolong:
	errno = ENAMETOOLONG;
	return 0;
}
