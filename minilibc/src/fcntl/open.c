/* open: open a file; the mode argument is read only when creating. */
#include <fcntl.h>
#include <stdarg.h>
#include "syscall.h"

int open(const char *path, int flags, ...)
{
	mode_t mode = 0;

	if (flags & O_CREAT) {
		va_list ap;
		va_start(ap, flags);
		mode = va_arg(ap, mode_t);
		va_end(ap);
	}
	return __sys(SYS_open, path, flags, mode);
}
