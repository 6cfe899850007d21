/* ttyname_r: the path of the terminal open on fd, from /proc/self/fd (as
 * musl): ENOTTY for a descriptor that is no terminal, ERANGE when it
 * does not fit in buf. */
#include <unistd.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

int ttyname_r(int fd, char *buf, size_t size)
{
	char link[32];
	struct stat a, b;
	if (!isatty(fd))
		return errno;
	snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
	ssize_t n = readlink(link, buf, size);
	if (n < 0)
		return errno;
	if ((size_t)n == size)
		return ERANGE;
	buf[n] = 0;
	if (stat(buf, &a) || fstat(fd, &b) || a.st_dev != b.st_dev || a.st_ino != b.st_ino)
		return ENOENT;   /* the name no longer leads to it */
	return 0;
}
