/* __fmodeflags: open() flags for an fopen mode string ("r", "w+", "ax"...).
 * Returns -1 with EINVAL for a mode not starting with r, w or a. */
#include <fcntl.h>
#include <string.h>
#include <errno.h>
#include "stdio_impl.h"

hidden int __fmodeflags(const char *mode)
{
	int flags;

	switch (*mode) {
	case 'r': flags = O_RDONLY; break;
	case 'w': flags = O_WRONLY | O_CREAT | O_TRUNC; break;
	case 'a': flags = O_WRONLY | O_CREAT | O_APPEND; break;
	default:
		errno = EINVAL;
		return -1;
	}
	if (strchr(mode, '+'))
		flags = (flags & ~O_ACCMODE) | O_RDWR;
	if (strchr(mode, 'x'))
		flags |= O_EXCL;
	if (strchr(mode, 'e'))
		flags |= O_CLOEXEC;
	return flags;
}
