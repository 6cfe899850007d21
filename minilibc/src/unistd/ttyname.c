/* ttyname: ttyname_r into a static buffer; NULL with errno on failure. */
#include <unistd.h>
#include <errno.h>

char *ttyname(int fd)
{
	static char buf[64];
	int e = ttyname_r(fd, buf, sizeof buf);
	if (e) {
		errno = e;
		return 0;
	}
	return buf;
}
