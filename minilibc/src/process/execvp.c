/* execvp: run a program found on $PATH (or as given, if the name has a
 * slash).  As POSIX and musl: keep trying after EACCES, but remember it,
 * and give up at once on errors other than "not here". */
#include <unistd.h>
#include <string.h>
#include <stdlib.h>
#include <errno.h>
#include <limits.h>

int execvp(const char *file, char *const argv[])
{
	const char *path = getenv("PATH");
	size_t flen = strlen(file);
	int seen_eacces = 0;
	char buf[PATH_MAX];

	if (!*file) {
		errno = ENOENT;
		return -1;
	}
	if (strchr(file, '/'))
		return execve(file, argv, environ);
	if (!path)
		path = "/usr/local/bin:/bin:/usr/bin";
	if (flen > NAME_MAX) {
		errno = ENAMETOOLONG;
		return -1;
	}
	for (const char *p = path; ; ) {
		const char *end = strchrnul(p, ':');
		size_t dlen = end - p;

		if (dlen + flen + 2 <= sizeof buf) {
			memcpy(buf, p, dlen);
			buf[dlen] = '/';
			memcpy(buf + dlen + (dlen > 0), file, flen + 1);
			execve(buf, argv, environ);
			if (errno == EACCES)
				seen_eacces = 1;
			else if (errno != ENOENT && errno != ENOTDIR)
				return -1;
		}
		if (!*end)
			break;
		p = end + 1;
	}
	if (seen_eacces)
		errno = EACCES;
	return -1;
}
