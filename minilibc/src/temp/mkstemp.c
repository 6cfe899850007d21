/* mkstemp: create and open a new file named by template, whose last six
 * characters must be "XXXXXX" (EINVAL otherwise); they are replaced in
 * place.  Mode 0600, O_RDWR|O_EXCL; up to 100 names are tried.  On
 * failure the template gets its XXXXXX back, as musl does. */
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include "libc.h"

int mkstemp(char *template)
{
	size_t l = strlen(template);
	int fd, tries = 100;

	if (l < 6 || memcmp(template + l - 6, "XXXXXX", 6)) {
		errno = EINVAL;
		return -1;
	}
	do {
		__randname(template + l - 6);
		if ((fd = open(template, O_RDWR | O_CREAT | O_EXCL, 0600)) >= 0)
			return fd;
	} while (--tries && errno == EEXIST);
	memcpy(template + l - 6, "XXXXXX", 6);
	return -1;
}
