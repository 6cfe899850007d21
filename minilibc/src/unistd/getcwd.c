/* getcwd: the working directory's path.  The kernel returns the length
 * including the NUL; a NULL buffer is not supported (POSIX leaves it
 * unspecified) and fails with EINVAL. */
#include <unistd.h>
#include <errno.h>
#include "syscall.h"

char *getcwd(char *buf, size_t size)
{
	if (!buf) {
		errno = EINVAL;
		return 0;
	}
	if (__sys(SYS_getcwd, buf, size) < 0)
		return 0;
	return buf;
}
